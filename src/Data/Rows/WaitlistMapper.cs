using Attendance.Data.Batches;
using Attendance.Data.Contract;
using static Attendance.Data.Rows.Cells;

namespace Attendance.Data.Rows;

/// <summary>Maps <c>waitlist</c> rows to <see cref="WaitlistEntry"/>.</summary>
public sealed class WaitlistMapper : IRowMapper<WaitlistEntry>
{
    /// <summary>The shared instance.</summary>
    public static readonly WaitlistMapper Instance = new();

    /// <inheritdoc/>
    public TableSchema Schema => Tables.Waitlist;

    /// <inheritdoc/>
    public WaitlistEntry Read(TableBatch batch, int row)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new WaitlistEntry
        {
            EntryId = Str(batch, Columns.EntryId, row)!,
            PatientId = Str(batch, Columns.PatientId, row)!,
            Department = Str(batch, Columns.Department, row)!,
            VisitType = Str(batch, Columns.VisitType, row),
            DurationMin = Val<int>(batch, Columns.DurationMin, row)!.Value,
            Triage = Enum<Triage>(batch, Columns.Triage, row)!.Value,
            DueBy = Val<int>(batch, Columns.DueBy, row) is { } days ? UtcMicros.ToDate(days) : null,
            EarliestAt = Instant(batch, Columns.EarliestAt, row),
            CurrentBookingId = Str(batch, Columns.CurrentBookingId, row),
            CurrentStartAt = Instant(batch, Columns.CurrentStartAt, row),
            DigitalUser = Val<bool>(batch, Columns.DigitalUser, row)!.Value,
            PreferredSites = Str(batch, Columns.PreferredSites, row),
            DistanceKm = Val<double>(batch, Columns.DistanceKm, row),
            Extras = batch.ExtraValuesAt(row),
        };
    }

    /// <inheritdoc/>
    public void Write(TableBatch batch, int row, WaitlistEntry value)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(value);
        SetStr(batch, Columns.EntryId, row, value.EntryId);
        SetStr(batch, Columns.PatientId, row, value.PatientId);
        SetStr(batch, Columns.Department, row, value.Department);
        SetStr(batch, Columns.VisitType, row, value.VisitType);
        SetVal<int>(batch, Columns.DurationMin, row, value.DurationMin);
        SetEnum<Triage>(batch, Columns.Triage, row, value.Triage);
        SetVal(batch, Columns.DueBy, row, value.DueBy is { } due ? UtcMicros.FromDate(due) : (int?)null);
        SetInstant(batch, Columns.EarliestAt, row, value.EarliestAt);
        SetStr(batch, Columns.CurrentBookingId, row, value.CurrentBookingId);
        SetInstant(batch, Columns.CurrentStartAt, row, value.CurrentStartAt);
        SetVal<bool>(batch, Columns.DigitalUser, row, value.DigitalUser);
        SetStr(batch, Columns.PreferredSites, row, value.PreferredSites);
        SetVal(batch, Columns.DistanceKm, row, value.DistanceKm);
    }
}
