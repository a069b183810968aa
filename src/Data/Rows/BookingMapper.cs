using Attendance.Data.Batches;
using Attendance.Data.Contract;
using static Attendance.Data.Rows.Cells;

namespace Attendance.Data.Rows;

/// <summary>Maps <c>bookings</c> rows to <see cref="Booking"/>.</summary>
public sealed class BookingMapper : IRowMapper<Booking>
{
    /// <summary>The shared instance.</summary>
    public static readonly BookingMapper Instance = new();

    /// <inheritdoc/>
    public TableSchema Schema => Tables.Bookings;

    /// <inheritdoc/>
    public Booking Read(TableBatch batch, int row)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new Booking
        {
            AppointmentId = Str(batch, Columns.AppointmentId, row)!,
            PatientId = Str(batch, Columns.PatientId, row)!,
            BookedAt = Instant(batch, Columns.BookedAt, row)!.Value,
            StartAt = Instant(batch, Columns.StartAt, row)!.Value,
            DurationMin = Val<int>(batch, Columns.DurationMin, row),
            Site = Str(batch, Columns.Site, row),
            Department = Str(batch, Columns.Department, row),
            VisitType = Str(batch, Columns.VisitType, row),
            ContactMode = Enum<ContactMode>(batch, Columns.ContactMode, row),
            Age = Val<int>(batch, Columns.Age, row),
            Sex = Enum<Sex>(batch, Columns.Sex, row),
            DistanceKm = Val<double>(batch, Columns.DistanceKm, row),
            DigitalUser = Val<bool>(batch, Columns.DigitalUser, row),
            ReminderSent = Val<bool>(batch, Columns.ReminderSent, row),
            BookingChannel = Enum<BookingChannel>(batch, Columns.BookingChannel, row),
            Extras = batch.ExtraValuesAt(row),
        };
    }

    /// <inheritdoc/>
    public void Write(TableBatch batch, int row, Booking value)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(value);
        SetStr(batch, Columns.AppointmentId, row, value.AppointmentId);
        SetStr(batch, Columns.PatientId, row, value.PatientId);
        SetInstant(batch, Columns.BookedAt, row, value.BookedAt);
        SetInstant(batch, Columns.StartAt, row, value.StartAt);
        SetVal(batch, Columns.DurationMin, row, value.DurationMin);
        SetStr(batch, Columns.Site, row, value.Site);
        SetStr(batch, Columns.Department, row, value.Department);
        SetStr(batch, Columns.VisitType, row, value.VisitType);
        SetEnum(batch, Columns.ContactMode, row, value.ContactMode);
        SetVal(batch, Columns.Age, row, value.Age);
        SetEnum(batch, Columns.Sex, row, value.Sex);
        SetVal(batch, Columns.DistanceKm, row, value.DistanceKm);
        SetVal(batch, Columns.DigitalUser, row, value.DigitalUser);
        SetVal(batch, Columns.ReminderSent, row, value.ReminderSent);
        SetEnum(batch, Columns.BookingChannel, row, value.BookingChannel);
        if (value is HistoryAppointment history)
        {
            SetEnum<Outcome>(batch, Columns.Outcome, row, history.Outcome);
        }
    }
}
