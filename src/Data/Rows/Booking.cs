using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>
/// An upcoming appointment (a row of <c>bookings</c>); also the common part of a past appointment, which
/// <see cref="HistoryAppointment"/> extends with its outcome. Optional columns are null when absent or null.
/// </summary>
public record Booking
{
    public required string AppointmentId { get; init; }
    public required string PatientId { get; init; }
    public required DateTimeOffset BookedAt { get; init; }
    public required DateTimeOffset StartAt { get; init; }
    public int? DurationMin { get; init; }
    public string? Site { get; init; }
    public string? Department { get; init; }
    public string? VisitType { get; init; }
    public ContactMode? ContactMode { get; init; }
    public int? Age { get; init; }
    public Sex? Sex { get; init; }
    public double? DistanceKm { get; init; }
    public bool? DigitalUser { get; init; }
    public bool? ReminderSent { get; init; }
    public BookingChannel? BookingChannel { get; init; }

    /// <summary>The row's <c>x_*</c> columns.</summary>
    public ExtraValues Extras { get; init; } = ExtraValues.Empty;
}
