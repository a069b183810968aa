using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Solving;

/// <summary>Small problems with known answers, built from dense rows for readability.</summary>
internal static class MipProblems
{
    private const double Inf = double.PositiveInfinity;

    /// <summary>Dense constraint rows to column form; zero coefficients are left out.</summary>
    public static MipProblem FromDense(
        double[] objective,
        double[][] rows,
        double[] rowLower,
        double[] rowUpper,
        double[]? columnLower = null,
        double[]? columnUpper = null,
        bool integer = true,
        bool maximize = false,
        IReadOnlyList<string>? names = null)
    {
        var n = objective.Length;
        var starts = new List<int> { 0 };
        var indices = new List<int>();
        var values = new List<double>();
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i][j] != 0)
                {
                    indices.Add(i);
                    values.Add(rows[i][j]);
                }
            }

            starts.Add(indices.Count);
        }

        return new MipProblem(
            objective,
            columnLower ?? new double[n],
            columnUpper ?? Enumerable.Repeat(Inf, n).ToArray(),
            Enumerable.Repeat(integer, n).ToArray(),
            starts.ToArray(),
            indices.ToArray(),
            values.ToArray(),
            rowLower,
            rowUpper,
            maximize,
            names);
    }

    /// <summary>
    /// 0/1 knapsack P01 (Burkardt's test set): capacity 165, optimum 309 with items 0, 1, 2, 3, 5.
    /// Its LP relaxation is fractional, so it needs branch and bound (or cuts).
    /// </summary>
    public static MipProblem Knapsack(bool withNames = false)
    {
        double[] weights = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82];
        double[] profits = [92, 57, 49, 68, 60, 43, 67, 84, 87, 72];
        return FromDense(
            profits, [weights], [-Inf], [165],
            columnUpper: Enumerable.Repeat(1.0, weights.Length).ToArray(),
            maximize: true,
            names: withNames ? Enumerable.Range(0, weights.Length).Select(j => $"item_{j}").ToArray() : null);
    }

    public const double KnapsackOptimum = 309;

    /// <summary>
    /// 3×3 assignment, costs [[4,1,3],[2,0,5],[3,2,2]]: optimum 5 (0→1, 1→0, 2→2). Column k = 3·worker + task.
    /// The assignment polytope has integral vertices, so the LP optimum is already integral.
    /// </summary>
    public static MipProblem Assignment()
    {
        double[] costs = [4, 1, 3, 2, 0, 5, 3, 2, 2];
        var rows = new double[6][];
        for (var i = 0; i < 6; i++)
        {
            rows[i] = new double[9];
        }

        for (var worker = 0; worker < 3; worker++)
        {
            for (var task = 0; task < 3; task++)
            {
                rows[worker][(3 * worker) + task] = 1;
                rows[3 + task][(3 * worker) + task] = 1;
            }
        }

        var ones = Enumerable.Repeat(1.0, 6).ToArray();
        return FromDense(costs, rows, ones, ones, columnUpper: Enumerable.Repeat(1.0, 9).ToArray());
    }

    public const double AssignmentOptimum = 5;

    /// <summary>
    /// A market-split feasibility problem turned into an optimisation (Cornuéjols and Dawande): minimise the
    /// total slack s⁺ + s⁻ of 4 equality rows over 40 binaries with random coefficients in [0, 99].
    /// x = 0 is feasible at once, but proving the optimum is notoriously hard for branch and bound.
    /// Without slack columns it is the pure feasibility problem, where finding any solution is as hard.
    /// </summary>
    public static MipProblem MarketSplit(int seed, bool withSlack = true)
    {
        const int m = 4;
        const int n = 40;
        var random = new Random(seed);
        var rows = new double[m][];
        var rhs = new double[m];
        for (var i = 0; i < m; i++)
        {
            rows[i] = new double[n + (2 * m)];
            for (var j = 0; j < n; j++)
            {
                rows[i][j] = random.Next(0, 100);
            }

            rhs[i] = Math.Floor(rows[i].Sum() / 2);
            rows[i][n + (2 * i)] = 1;
            rows[i][n + (2 * i) + 1] = -1;
        }

        var objective = new double[n + (2 * m)];
        var upper = new double[n + (2 * m)];
        for (var j = 0; j < objective.Length; j++)
        {
            objective[j] = j < n ? 0 : 1;
            upper[j] = j < n ? 1 : Inf;
        }

        if (!withSlack)
        {
            // Same rows, slack columns fixed at zero.
            Array.Fill(upper, 0, n, 2 * m);
        }

        return FromDense(objective, rows, rhs, rhs, columnUpper: upper);
    }
}
