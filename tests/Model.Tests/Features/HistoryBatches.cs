using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Model.Tests.Features;

/// <summary>Hand-built history and bookings batches for feature tests.</summary>
internal static class HistoryBatches
{
    public static readonly DateTimeOffset Day0 = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    public static HistoryAppointment Past(string id, string patient, double startDay, Outcome outcome, int? duration = 30, string? site = "SLA", double leadDays = 10) =>
        new(Upcoming(id, patient, startDay, duration, site, leadDays), outcome);

    public static Booking Upcoming(string id, string patient, double startDay, int? duration = 30, string? site = "SLA", double leadDays = 10) => new()
    {
        AppointmentId = id,
        PatientId = patient,
        StartAt = Day0.AddDays(startDay),
        BookedAt = Day0.AddDays(startDay - leadDays),
        DurationMin = duration,
        Site = site,
        Department = "Kardiologi",
        VisitType = "Kontrol 30",
        Age = 40,
        Sex = Sex.Female,
        DistanceKm = 12.5,
        DigitalUser = true,
        ReminderSent = false,
        BookingChannel = BookingChannel.Staff,
        ContactMode = ContactMode.Physical,
    };

    public static TableBatch History(params HistoryAppointment[] rows) => Batch(Tables.History, rows, HistoryMapper.Instance.Write);

    public static TableBatch Bookings(params Booking[] rows) => Batch(Tables.Bookings, rows, BookingMapper.Instance.Write);

    public static long Micros(double day) => UtcMicros.FromInstant(Day0.AddDays(day));

    private static TableBatch Batch<T>(TableSchema schema, T[] rows, Action<TableBatch, int, T> write)
    {
        var batch = new TableBatch(schema, Math.Max(1, rows.Length)) { Count = rows.Length };
        for (var i = 0; i < rows.Length; i++)
        {
            write(batch, i, rows[i]);
        }

        return batch;
    }
}
