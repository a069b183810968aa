using Attendance.Model.XGBoost;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Attendance.Benchmarks.Model;

/// <summary>
/// Scoring-sized XGBoost predictions: 200k rows × 20 features through a 200-tree depth-6 model,
/// in place versus through a fresh DMatrix (a reused DMatrix would return XGBoost's cached
/// predictions), and approximate versus exact SHAP contributions on 2k rows.
/// Run: dotnet run -c Release --project benchmarks -- --filter '*XGBoostPredict*'
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class XGBoostPredictBenchmarks : IDisposable
{
    private const int Rows = 200_000;
    private const int Columns = 20;
    private const int ContributionRows = 2_000;

    private float[] features = [];
    private float[] destination = [];
    private Booster? booster;

    /// <summary>OpenMP threads; on 2 shared cores 1 can beat 2 (see pitfalls.md).</summary>
    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        features = new float[Rows * Columns];
        var labels = new float[Rows];
        for (var r = 0; r < Rows; r++)
        {
            var z = -1.0;
            for (var c = 0; c < Columns; c++)
            {
                var x = (float)((random.NextDouble() * 2) - 1);
                features[(r * Columns) + c] = x;
                z += x * (c % 4 == 0 ? 1.2 : 0.3);
            }

            labels[r] = random.NextDouble() < 1 / (1 + Math.Exp(-z)) ? 1 : 0;
        }

        destination = new float[Rows];
        using var train = DMatrix.FromDense(features, Rows, Columns, labels);
        booster = Booster.Train(new BoosterParameters { MaxDepth = 6, Threads = Threads }, train, null, rounds: 200);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        booster?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "in-place 200k")]
    [BenchmarkCategory("Predict")]
    public void PredictInPlace() => booster!.Predict(features, Rows, Columns, destination);

    [Benchmark(Description = "DMatrix build + predict 200k")]
    [BenchmarkCategory("Predict")]
    public float[] PredictThroughDMatrix()
    {
        using var matrix = DMatrix.FromDense(features, Rows, Columns, threads: Threads);
        return booster!.Predict(matrix);
    }

    [Benchmark(Baseline = true, Description = "approximate contributions 2k")]
    [BenchmarkCategory("Contributions")]
    public float[] ApproximateContributions() =>
        booster!.PredictContributions(features.AsSpan(0, ContributionRows * Columns), ContributionRows, Columns, ContributionMethod.Approximate);

    [Benchmark(Description = "exact SHAP 2k")]
    [BenchmarkCategory("Contributions")]
    public float[] ExactContributions() =>
        booster!.PredictContributions(features.AsSpan(0, ContributionRows * Columns), ContributionRows, Columns, ContributionMethod.Exact);
}
