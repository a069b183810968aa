namespace Attendance.Scheduler.Solving;

/// <summary>The outcome of a solve. Objective values are in the problem's own sense (a maximum stays positive).</summary>
/// <param name="Status">How the solve ended.</param>
/// <param name="Objective">Objective of <paramref name="Solution"/>, or NaN when there is no solution.</param>
/// <param name="BestBound">
/// Best proven bound on the optimum (a lower bound when minimising, an upper bound when maximising);
/// ±∞ when none is known, NaN for infeasible or unbounded problems.
/// </param>
/// <param name="LpBound">Objective of the LP relaxation, or NaN when it was not solved to optimality.</param>
/// <param name="Gap">Relative gap |Objective − BestBound| / max(|Objective|, 1e-10); NaN without a solution, +∞ without a bound.</param>
/// <param name="Solution">One value per column (integer columns exactly integral), or empty when there is no solution.</param>
/// <param name="NodeCount">Branch-and-bound nodes explored (0 when the LP relaxation was already integral).</param>
/// <param name="Elapsed">Wall-clock time of the solve, including building the native model.</param>
/// <param name="LpRelaxationWasIntegral">True when branch and bound was skipped because the LP optimum was integral.</param>
public sealed record MipResult(
    MipStatus Status,
    double Objective,
    double BestBound,
    double LpBound,
    double Gap,
    ReadOnlyMemory<double> Solution,
    int NodeCount,
    TimeSpan Elapsed,
    bool LpRelaxationWasIntegral)
{
    /// <summary>True when <see cref="Solution"/> holds a feasible solution.</summary>
    public bool HasSolution => !Solution.IsEmpty;

    /// <summary>The relative gap between an objective and a bound, as reported in <see cref="Gap"/>.</summary>
    public static double RelativeGap(double objective, double bound)
    {
        if (double.IsNaN(objective))
        {
            return double.NaN;
        }

        return double.IsFinite(bound)
            ? Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-10)
            : double.PositiveInfinity;
    }
}
