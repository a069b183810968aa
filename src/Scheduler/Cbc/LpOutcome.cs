namespace Attendance.Scheduler.Cbc;

/// <summary>How an LP-relaxation-only solve ended.</summary>
internal enum LpOutcome
{
    Optimal,
    Infeasible,
    Unbounded,

    /// <summary>Numerical difficulties or any state CBC does not explain: no result to trust.</summary>
    Abandoned,
}
