namespace Attendance.Scoring.Flags;

/// <summary>Yes/no facts of a booking the policy acts on.</summary>
[Flags]
public enum BookingTraits : byte
{
    None = 0,

    /// <summary>Starts before the moment of scoring: not scored, not written, counted.</summary>
    Past = 1,

    /// <summary>digital_user is true (an active MinSP user).</summary>
    Digital = 2,

    /// <summary>A physical visit of a family in <see cref="Policy.ScoringPolicy.VideoFamilies"/>.</summary>
    VideoEligible = 4,

    /// <summary>Starts at or after <see cref="Policy.ScoringPolicy.AfternoonFromHour"/> local time.</summary>
    Afternoon = 8,

    /// <summary>
    /// Another partition's booking (<see cref="ScoringRequest.Departments"/>): always with <see cref="Past"/>, so
    /// it is not flagged or written; not even predicted, as nothing reads its probability.
    /// </summary>
    OtherPartition = 16,
}
