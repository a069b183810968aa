using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>A fast-pass waiting-list entry (a row of <c>waitlist</c>).</summary>
public sealed record WaitlistEntry
{
    public required string EntryId { get; init; }
    public required string PatientId { get; init; }
    public required string Department { get; init; }
    public string? VisitType { get; init; }
    public required int DurationMin { get; init; }
    public required Triage Triage { get; init; }

    /// <summary>Legal or clinical deadline (e.g. the 30-day assessment right), or null.</summary>
    public DateOnly? DueBy { get; init; }

    public DateTimeOffset? EarliestAt { get; init; }

    /// <summary>The later appointment the patient holds now (an appointment_id of bookings), or null.</summary>
    public string? CurrentBookingId { get; init; }

    public DateTimeOffset? CurrentStartAt { get; init; }

    /// <summary>Reachable by a fast-pass offer in MinSP.</summary>
    public required bool DigitalUser { get; init; }

    /// <summary>Site codes the patient accepts, comma-separated, or null for any.</summary>
    public string? PreferredSites { get; init; }

    public double? DistanceKm { get; init; }
    public ExtraValues Extras { get; init; } = ExtraValues.Empty;
}
