using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Optimisation;

/// <summary>How <see cref="OfferOptimizer"/> solves.</summary>
public sealed record OfferOptimizerOptions
{
    /// <summary>Limits of each department's solve; the time limit keeps the best incumbent found.</summary>
    /// <value>Default: <see cref="MipSolveOptions.Default"/> with a 20-second time limit.</value>
    public MipSolveOptions Solve { get; init; } = MipSolveOptions.Default with { TimeLimit = TimeSpan.FromSeconds(20) };

    /// <summary>Departments built and solved at once.</summary>
    /// <value>Default: the processor count (docs/scheduler.md, "Decomposition", for the measurement behind it).</value>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// For each slot given to an entry, how many of the slot's other candidates in the same channel to return in
    /// <see cref="ScheduleResult.Alternatives"/>, best first (for a reviewer's "next candidate").
    /// </summary>
    /// <value>Default: 0 (none).</value>
    public int AlternativesPerSlot { get; init; }

    /// <summary>The defaults.</summary>
    public static OfferOptimizerOptions Default { get; } = new();
}
