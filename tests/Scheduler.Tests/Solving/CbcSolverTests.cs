using Attendance.Scheduler.Solving;
using Xunit.Abstractions;

namespace Attendance.Scheduler.Tests.Solving;

public sealed class CbcSolverTests(ITestOutputHelper output)
{
    private const double Inf = double.PositiveInfinity;

    private static Task<MipResult> SolveAsync(MipProblem problem, MipSolveOptions? options = null) =>
        new CbcSolver().SolveAsync(problem, options ?? MipSolveOptions.Default, CancellationToken.None);

    [Fact]
    public async Task Solve_Knapsack_FindsKnownOptimumAfterFractionalRelaxation()
    {
        var result = await SolveAsync(MipProblems.Knapsack());

        Assert.Equal(MipStatus.Optimal, result.Status);
        Assert.Equal(MipProblems.KnapsackOptimum, result.Objective, 6);
        Assert.Equal([1, 1, 1, 1, 0, 1, 0, 0, 0, 0], result.Solution.ToArray());
        Assert.False(result.LpRelaxationWasIntegral);
        Assert.True(result.LpBound > MipProblems.KnapsackOptimum + 1e-6, $"LP bound {result.LpBound} should be fractional, above 309");
        Assert.Equal(MipProblems.KnapsackOptimum, result.BestBound, 6);
        Assert.Equal(0, result.Gap, 6);
    }

    [Fact]
    public async Task Solve_AssignmentWithIntegralRelaxation_SkipsBranchAndBound()
    {
        var result = await SolveAsync(MipProblems.Assignment());

        Assert.Equal(MipStatus.Optimal, result.Status);
        Assert.True(result.LpRelaxationWasIntegral);
        Assert.Equal(0, result.NodeCount);
        Assert.Equal(MipProblems.AssignmentOptimum, result.Objective, 9);
        Assert.Equal(result.Objective, result.LpBound, 9);
        Assert.Equal([0, 1, 0, 1, 0, 0, 0, 0, 1], result.Solution.ToArray());
    }

    [Fact]
    public async Task Solve_IntegerInfeasibleButLpFeasible_ReportsInfeasibleAfterBranchAndBound()
    {
        // 2x = 1 has the LP solution x = 0.5 but no integer one.
        var problem = MipProblems.FromDense([1], [[2]], [1], [1], columnUpper: [1]);

        var result = await SolveAsync(problem);

        Assert.Equal(MipStatus.Infeasible, result.Status);
        Assert.False(result.HasSolution);
        Assert.Equal(0.5, result.LpBound, 9);
        Assert.True(double.IsNaN(result.Objective));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Solve_LpInfeasible_ReportsInfeasible(bool integer)
    {
        // x + y >= 3 with 0 <= x, y <= 1.
        var problem = MipProblems.FromDense([1, 1], [[1, 1]], [3], [Inf], columnUpper: [1, 1], integer: integer);

        var result = await SolveAsync(problem);

        Assert.Equal(MipStatus.Infeasible, result.Status);
        Assert.False(result.HasSolution);
        Assert.True(double.IsNaN(result.LpBound));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Solve_Unbounded_ReportsUnbounded(bool integer)
    {
        // max x + y subject to x - y <= 1, x, y >= 0.
        var problem = MipProblems.FromDense([1, 1], [[1, -1]], [-Inf], [1], integer: integer, maximize: true);

        var result = await SolveAsync(problem);

        Assert.Equal(MipStatus.Unbounded, result.Status);
        Assert.False(result.HasSolution);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    public async Task Solve_SameConstraints_HonoursObjectiveSense(bool maximize, double expected)
    {
        // 1.5 <= x + y <= 3.5, integers: minimum 2, maximum 3.
        var problem = MipProblems.FromDense([1, 1], [[1, 1]], [1.5], [3.5], columnUpper: [10, 10], maximize: maximize);

        var result = await SolveAsync(problem);

        Assert.Equal(MipStatus.Optimal, result.Status);
        Assert.Equal(expected, result.Objective, 9);
        Assert.Equal(expected, result.Solution.Span[0] + result.Solution.Span[1], 9);
    }

    [Fact]
    public async Task Solve_ContinuousProblem_ReturnsLpOptimum()
    {
        // max 3x + 2y subject to x + y <= 4, x + 3y <= 6, x <= 3: optimum x = 3, y = 1, value 11.
        var problem = MipProblems.FromDense(
            [3, 2], [[1, 1], [1, 3]], [-Inf, -Inf], [4, 6], columnUpper: [3, Inf], integer: false, maximize: true);

        var result = await SolveAsync(problem);

        Assert.Equal(MipStatus.Optimal, result.Status);
        Assert.Equal(11, result.Objective, 9);
        Assert.Equal([3, 1], result.Solution.ToArray().Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public async Task Solve_HardInstanceWithTimeLimit_ReturnsIncumbentWithGapOrNoSolution()
    {
        var problem = MipProblems.MarketSplit(seed: 7);

        var result = await SolveAsync(problem, new MipSolveOptions { TimeLimit = TimeSpan.FromSeconds(1) });
        output.WriteLine($"{result.Status}: objective {result.Objective}, bound {result.BestBound}, gap {result.Gap}, nodes {result.NodeCount}, {result.Elapsed}");

        switch (result.Status)
        {
            case MipStatus.TimeLimitWithIncumbent:
                Assert.Equal(problem.ColumnCount, result.Solution.Length);
                Assert.Equal(problem.ObjectiveValue(result.Solution.Span), result.Objective, 9);
                AssertFeasible(problem, result.Solution.Span);
                Assert.InRange(result.BestBound, 0, result.Objective);
                Assert.True(result.Gap >= 0);
                break;
            case MipStatus.TimeLimitWithoutIncumbent:
                Assert.False(result.HasSolution);
                Assert.True(double.IsNaN(result.Objective));
                break;
            case MipStatus.Optimal:
                // Allowed only if CBC truly proved it; then the solution must be feasible and the gap closed.
                AssertFeasible(problem, result.Solution.Span);
                Assert.Equal(0, result.Gap, 6);
                break;
            default:
                Assert.Fail($"Unexpected status {result.Status}.");
                break;
        }
    }

    [Fact]
    public async Task Solve_HardFeasibilityProblemWithTimeLimit_ReportsNoIncumbentWithoutGarbage()
    {
        var problem = MipProblems.MarketSplit(seed: 7, withSlack: false);

        var result = await SolveAsync(problem, new MipSolveOptions { TimeLimit = TimeSpan.FromSeconds(0.5) });
        output.WriteLine($"{result.Status}: objective {result.Objective}, bound {result.BestBound}, gap {result.Gap}, nodes {result.NodeCount}, {result.Elapsed}");

        if (result.HasSolution)
        {
            // A lucky heuristic hit is legitimate, but then it must be a real solution.
            AssertFeasible(problem, result.Solution.Span);
        }
        else
        {
            Assert.Equal(MipStatus.TimeLimitWithoutIncumbent, result.Status);
            Assert.True(double.IsNaN(result.Objective) && double.IsNaN(result.Gap));
            Assert.Equal(0, result.BestBound, 6);
        }
    }

    [Fact]
    public async Task Solve_WithNoRows_SolvesOnBoundsAlone()
    {
        var problem = new MipProblem([1, -2], [0, 0], [3, 4], [true, true], [0, 0, 0], [], [], [], [], maximize: true);

        var result = await SolveAsync(problem);

        Assert.Equal(MipStatus.Optimal, result.Status);
        Assert.Equal([3, 0], result.Solution.ToArray());
    }

    [Fact]
    public async Task SolveAsync_ManyInParallel_EachGetsItsOwnCorrectAnswer()
    {
        // Branch and bound (CbcMain1) keeps parser state in process globals; unserialised, 1 run in 3 of this
        // test saw a solve end with status -1 (CbcMain1 never ran it). The solver serialises it.
        var problems = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? MipProblems.Knapsack() : MipProblems.Assignment()).ToArray();

        var results = await Task.WhenAll(problems.Select(p => SolveAsync(p)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(MipStatus.Optimal, results[i].Status);
            Assert.Equal(i % 2 == 0 ? MipProblems.KnapsackOptimum : MipProblems.AssignmentOptimum, results[i].Objective, 6);
        }
    }

    /// <summary>Checks bounds, integrality and every row of a solution within 1e-6.</summary>
    internal static void AssertFeasible(MipProblem problem, ReadOnlySpan<double> x)
    {
        var activity = new double[problem.RowCount];
        for (var j = 0; j < problem.ColumnCount; j++)
        {
            Assert.InRange(x[j], problem.ColumnLower[j] - 1e-6, problem.ColumnUpper[j] + 1e-6);
            if (problem.IsInteger[j])
            {
                Assert.Equal(Math.Round(x[j]), x[j]);
            }

            for (var k = problem.ColumnStarts[j]; k < problem.ColumnStarts[j + 1]; k++)
            {
                activity[problem.RowIndices[k]] += problem.Values[k] * x[j];
            }
        }

        for (var i = 0; i < problem.RowCount; i++)
        {
            Assert.InRange(activity[i], problem.RowLower[i] - 1e-6, problem.RowUpper[i] + 1e-6);
        }
    }
}
