using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Optimisation;

/// <summary>One department's run, as shown in the summary table.</summary>
/// <param name="Department">Department code.</param>
/// <param name="FreeSlots">Slots taking part (reserved ones included).</param>
/// <param name="HardReserved">Slots marked subacute or non_digital.</param>
/// <param name="KeptFromDigital">Slots not given to fast-pass or self-book (at least the reserve share per day).</param>
/// <param name="FastPass">Fast-pass offers.</param>
/// <param name="Phone">Phone offers.</param>
/// <param name="Tickets">Self-book tickets released.</param>
/// <param name="Candidates">MIP columns.</param>
/// <param name="Value">Objective of the chosen offers.</param>
/// <param name="LpBound">LP relaxation bound (NaN when not solved).</param>
/// <param name="Gap">Relative gap to the best bound (0 when proven optimal).</param>
/// <param name="Status">Solver status, or null when there was nothing to solve; <see cref="UsedGreedyFallback"/> tells when the greedy answer stands in.</param>
/// <param name="LpWasIntegral">True when the LP relaxation's optimum was integral and branch and bound was skipped.</param>
/// <param name="UsedGreedyFallback">True when the solver found no incumbent in time and the greedy assignment was used.</param>
/// <param name="Restricted">True when candidate pruning may have cut the optimum (see CandidateGenerator).</param>
/// <param name="Solves">MIP solves: 1, plus one per augmentation of starved slots.</param>
/// <param name="Elapsed">Candidate generation, build and solve.</param>
/// <param name="SolverElapsed">The solver's share of <paramref name="Elapsed"/> (model building in CBC and solving; a child process's start-up included).</param>
public sealed record DepartmentSummary(
    string Department,
    int FreeSlots,
    int HardReserved,
    int KeptFromDigital,
    int FastPass,
    int Phone,
    int Tickets,
    int Candidates,
    double Value,
    double LpBound,
    double Gap,
    MipStatus? Status,
    bool LpWasIntegral,
    bool UsedGreedyFallback,
    bool Restricted,
    int Solves,
    TimeSpan Elapsed,
    TimeSpan SolverElapsed);
