using System.Diagnostics;
using Attendance.Scheduler.Cbc;

namespace Attendance.Scheduler.Solving;

/// <summary>
/// Solves in this process with CBC: LP relaxation first, branch and bound only when the LP optimum is
/// fractional. A CBC crash (<c>abort()</c>) takes the process with it; see <see cref="IsolatedCbcSolver"/>.
/// </summary>
/// <remarks>
/// Thread-safe, but branch and bound runs one at a time per process (CbcMain1 is not re-entrant, see
/// <see cref="CbcModel"/>); LP relaxations run in parallel. For parallel branch and bound, use one
/// <see cref="IsolatedCbcSolver"/> child per problem.
/// </remarks>
public sealed class CbcSolver : IMipSolver
{
    /// <summary>Bounds at or beyond this magnitude are CBC's way of saying "none" (it uses ±DBL_MAX).</summary>
    private const double NoBound = 1e30;

    /// <inheritdoc />
    /// <remarks>Runs on the thread pool; a native solve cannot be interrupted, so cancellation is checked before it starts.</remarks>
    public Task<MipResult> SolveAsync(MipProblem problem, MipSolveOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Task.Run(() => Solve(problem, options), cancellationToken);
    }

    /// <summary>Solves synchronously on the calling thread.</summary>
    /// <exception cref="MipSolverException">CBC abandoned the solve or ended in a state with no trustworthy result.</exception>
    public static MipResult Solve(MipProblem problem, MipSolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var clock = Stopwatch.StartNew();
        var solution = new double[problem.ColumnCount];
        using var model = CbcModel.Load(problem, options.LogLevel);

        LpOutcome lp;
        if (problem.IntegerCount == 0)
        {
            lp = SolveRelaxation(model, solution);
        }
        else
        {
            // The relaxation runs on a clone: a CBC model cannot be solved again afterwards.
            using var relaxation = model.Clone();
            lp = SolveRelaxation(relaxation, solution);
        }

        switch (lp)
        {
            case LpOutcome.Infeasible:
                return NoSolution(MipStatus.Infeasible, double.NaN, double.NaN, 0, clock);
            case LpOutcome.Unbounded:
                return NoSolution(MipStatus.Unbounded, double.NaN, double.NaN, 0, clock);
            case LpOutcome.Abandoned:
                throw new MipSolverException("CBC abandoned the LP relaxation (numerical difficulties).");
        }

        var lpBound = problem.ObjectiveValue(solution);
        if (TryRoundToIntegral(problem, solution, options.IntegralityTolerance))
        {
            var objective = problem.ObjectiveValue(solution);
            return new MipResult(
                MipStatus.Optimal, objective, lpBound, lpBound, MipResult.RelativeGap(objective, lpBound),
                solution, 0, clock.Elapsed, LpRelaxationWasIntegral: true);
        }

        var remaining = options.TimeLimit - clock.Elapsed;
        if (remaining <= TimeSpan.Zero)
        {
            return NoSolution(MipStatus.TimeLimitWithoutIncumbent, lpBound, lpBound, 0, clock);
        }

        model.SetBranchAndBoundParameters(options, remaining);
        var state = model.SolveBranchAndBound();

        var hasIncumbent = model.TryCopyBestSolution(solution);
        var bound = TighterBound(problem.Maximize, state.BestPossibleObjective, lpBound);
        var status = Classify(state, hasIncumbent);
        if (!hasIncumbent || status is not (MipStatus.Optimal or MipStatus.TimeLimitWithIncumbent))
        {
            var knownBound = status == MipStatus.TimeLimitWithoutIncumbent ? bound : double.NaN;
            return NoSolution(status, knownBound, lpBound, state.NodeCount, clock);
        }

        // Integer columns come back as 0.9999999 and the like: snap them, they are integral within tolerance.
        _ = TryRoundToIntegral(problem, solution, 0.5);
        var value = problem.ObjectiveValue(solution);
        return new MipResult(
            status, value, bound, lpBound, MipResult.RelativeGap(value, bound),
            solution, state.NodeCount, clock.Elapsed, LpRelaxationWasIntegral: false);
    }

    private static LpOutcome SolveRelaxation(CbcModel model, Span<double> solution)
    {
        var outcome = model.SolveRelaxation();
        if (outcome == LpOutcome.Optimal)
        {
            model.CopyRelaxationSolution(solution);
        }

        return outcome;
    }

    private static MipStatus Classify(CbcBranchAndBoundState state, bool hasIncumbent)
    {
        if (state.ContinuousUnbounded || state.SecondaryStatus == 7)
        {
            return MipStatus.Unbounded;
        }

        if (hasIncumbent && (state.ProvenOptimal || (state.Status == 0 && state.SecondaryStatus == 2)))
        {
            return MipStatus.Optimal;
        }

        if (!hasIncumbent && state.ProvenInfeasible)
        {
            return MipStatus.Infeasible;
        }

        if (state.SecondsLimitReached || state.SecondaryStatus == 4)
        {
            return hasIncumbent ? MipStatus.TimeLimitWithIncumbent : MipStatus.TimeLimitWithoutIncumbent;
        }

        throw new MipSolverException(
            $"CBC ended branch and bound in a state with no trustworthy result: status {state.Status}, " +
            $"secondary status {state.SecondaryStatus}, abandoned {state.Abandoned}, incumbent {hasIncumbent}.");
    }

    /// <summary>Rounds integer columns in place when all are within <paramref name="tolerance"/> of an integer.</summary>
    private static bool TryRoundToIntegral(MipProblem problem, Span<double> solution, double tolerance)
    {
        var isInteger = problem.IsInteger;
        for (var j = 0; j < solution.Length; j++)
        {
            if (isInteger[j] && Math.Abs(solution[j] - Math.Round(solution[j])) > tolerance)
            {
                return false;
            }
        }

        for (var j = 0; j < solution.Length; j++)
        {
            if (isInteger[j])
            {
                solution[j] = Math.Round(solution[j]);
            }
        }

        return true;
    }

    /// <summary>The tighter of CBC's bound and the LP bound (both valid); ±∞ when neither is known.</summary>
    private static double TighterBound(bool maximize, double cbcBound, double lpBound)
    {
        var unknown = maximize ? double.PositiveInfinity : double.NegativeInfinity;
        var cbc = Math.Abs(cbcBound) < NoBound ? cbcBound : unknown;
        var lp = double.IsFinite(lpBound) ? lpBound : unknown;
        return maximize ? Math.Min(cbc, lp) : Math.Max(cbc, lp);
    }

    private static MipResult NoSolution(MipStatus status, double bound, double lpBound, int nodes, Stopwatch clock) =>
        new(status, double.NaN, bound, lpBound, double.NaN, ReadOnlyMemory<double>.Empty, nodes, clock.Elapsed, false);
}
