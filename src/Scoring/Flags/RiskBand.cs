namespace Attendance.Scoring.Flags;

/// <summary>Coarse risk for people: cut points in <see cref="Policy.ScoringPolicy.RiskBands"/>.</summary>
public enum RiskBand : byte
{
    Low,
    Medium,
    High,
    VeryHigh,
}
