namespace Attendance.Scoring.Policy;

/// <summary>How the bookings of one department and day are chosen for a flag.</summary>
public enum FlagRule
{
    /// <summary>The highest <see cref="ScoringPolicy.TopShare"/> of the department-day (rounded up).</summary>
    TopShare,

    /// <summary>Every booking whose probability is at least <see cref="ScoringPolicy.Threshold"/>.</summary>
    Threshold,

    /// <summary>The <see cref="ScoringPolicy.CallsPerDay"/> highest of the department-day: what the clinic can act on.</summary>
    Capacity,
}
