namespace Attendance.Scheduler.Cbc;

/// <summary>
/// CBC's own account of a finished branch and bound. <see cref="Status"/>: 0 finished, 1 stopped on a
/// limit, 2 abandoned, 5 user stop. <see cref="SecondaryStatus"/>: 0 solution, 1 LP infeasible, 2 gap,
/// 3 nodes, 4 time, 5 user, 6 solutions, 7 LP unbounded, 8 iterations.
/// </summary>
internal readonly record struct CbcBranchAndBoundState(
    int Status,
    int SecondaryStatus,
    bool ProvenOptimal,
    bool ProvenInfeasible,
    bool ContinuousUnbounded,
    bool SecondsLimitReached,
    bool Abandoned,
    double BestPossibleObjective,
    int NodeCount);
