namespace Attendance.Scheduler.Solving;

/// <summary>How a solve ended. Numeric values are part of the isolated runner's wire format.</summary>
public enum MipStatus
{
    /// <summary>A solution proven optimal (within the configured gap tolerances).</summary>
    Optimal = 1,

    /// <summary>The time limit struck after an integer-feasible solution was found; see the gap.</summary>
    TimeLimitWithIncumbent = 2,

    /// <summary>The time limit struck before any integer-feasible solution was found: no solution.</summary>
    TimeLimitWithoutIncumbent = 3,

    /// <summary>No solution satisfies the constraints (proven).</summary>
    Infeasible = 4,

    /// <summary>
    /// The objective can improve without limit. For problems with integer columns this is CBC's verdict on
    /// the LP relaxation; the integer problem is then unbounded or infeasible, never a usable result.
    /// </summary>
    Unbounded = 5,
}
