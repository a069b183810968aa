using Attendance.Model.Calibration;
using Attendance.Model.Trees;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.Trees;

public sealed class CompiledForestTests
{
    private const int Columns = 6;

    /// <summary>Column 3 has 3 categories (one-hot splits), column 4 has 90 (partition splits over several bit-field words).</summary>
    private static readonly int[] CategoryCounts = [0, 0, 0, 3, 90, 0];

    [Fact]
    public void TryCompile_MissingValuesAndCategoricalSplits_GivesXGBoostsMarginsExactly()
    {
        using var booster = CreateSut(rounds: 40);

        var forest = CompiledForest.TryCompile(booster, out var reason);

        Assert.Null(reason);
        Assert.NotNull(forest);
        // 2,999 rows: eight-row vectors and a scalar tail.
        AssertSameMargins(booster, forest, Rows(2999, seed: 9, unseenCategories: true));
    }

    [Fact]
    public void TryCompile_EarlyStoppedModel_UsesTheTreesUpToTheBestIteration()
    {
        using var booster = CreateSut(rounds: 200, earlyStopping: 5);
        Assert.NotNull(booster.BestIteration);
        Assert.True(booster.BoostedRounds > booster.BestIteration + 1);

        var forest = CompiledForest.TryCompile(booster, out _);

        Assert.Equal(booster.BestIteration + 1, forest!.Trees);
        AssertSameMargins(booster, forest, Rows(2000, seed: 10, unseenCategories: false));
    }

    [Fact]
    public void TryCompile_BaseScoreOtherThanOneHalf_StartsFromItsLogOdds()
    {
        using var booster = CreateSut(rounds: 10, extra: [new("base_score", "0.2")]);

        var forest = CompiledForest.TryCompile(booster, out _);

        Assert.Equal(-MathF.Log(4), forest!.BaseMargin, 6);
        AssertSameMargins(booster, forest, Rows(1000, seed: 11, unseenCategories: true));
    }

    [Theory]
    [InlineData(CalibrationMethod.None)]
    [InlineData(CalibrationMethod.Platt)]
    public void PredictMargins_Calibrated_EqualsXGBoostsCalibratedProbabilitiesWithin1e6(CalibrationMethod method)
    {
        using var booster = CreateSut(rounds: 30);
        var calibrator = method == CalibrationMethod.Platt ? new Calibrator { Method = method, A = 0.8, B = -0.3 } : Calibrator.None;
        var rows = Rows(2000, seed: 12, unseenCategories: true);
        var expected = booster.Predict(rows, 2000, Columns, PredictionOutput.Margin);
        var actual = new float[2000];

        CompiledForest.TryCompile(booster, out _)!.PredictMargins(rows, 2000, actual);

        calibrator.ApplyInPlace(expected);
        calibrator.ApplyInPlace(actual);
        for (var r = 0; r < actual.Length; r++)
        {
            Assert.InRange(Math.Abs(actual[r] - expected[r]), 0, 1e-6);
        }
    }

    [Theory]
    [InlineData("reg:squarederror", "objective reg:squarederror")]
    [InlineData("binary:logitraw", "objective binary:logitraw")]
    public void TryCompile_OtherObjective_ReturnsNullNamingIt(string objective, string expected)
    {
        using var booster = CreateSut(rounds: 3, objective: objective);

        var forest = CompiledForest.TryCompile(booster, out var reason);

        Assert.Null(forest);
        Assert.StartsWith(expected, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCompile_Dart_ReturnsNullNamingTheBooster()
    {
        using var booster = CreateSut(rounds: 3, extra: [new("booster", "dart")]);

        var forest = CompiledForest.TryCompile(booster, out var reason);

        Assert.Null(forest);
        Assert.StartsWith("booster dart", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"learner\":{\"objective\":{\"name\":\"binary:logistic\"},\"learner_model_param\":{\"num_class\":0}}}")]
    public void Read_UnexpectedJsonShape_ThrowsNotSupportedNamingIt(string json)
    {
        var e = Assert.Throws<NotSupportedException>(() => ForestReader.Read(System.Text.Encoding.UTF8.GetBytes(json), 3, null));

        Assert.StartsWith("the model's JSON has an unexpected shape", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictMargins_WrongRowLength_Throws()
    {
        using var booster = CreateSut(rounds: 3);
        var forest = CompiledForest.TryCompile(booster, out _)!;

        Assert.Throws<ArgumentException>(() => forest.PredictMargins(new float[(2 * Columns) - 1], 2, new float[2]));
    }

    private static void AssertSameMargins(Booster booster, CompiledForest forest, float[] rows)
    {
        var n = rows.Length / Columns;
        var expected = booster.Predict(rows, n, Columns, PredictionOutput.Margin);
        var actual = new float[n];

        forest.PredictMargins(rows, n, actual);

        // Bit for bit: the leaves are summed in XGBoost's order and precision.
        Assert.Equal(expected, actual);
    }

    private static Booster CreateSut(int rounds, int earlyStopping = 0, string objective = "binary:logistic", KeyValuePair<string, string>[]? extra = null)
    {
        var parameters = new BoosterParameters
        {
            Objective = objective, EvalMetrics = [objective.StartsWith("reg", StringComparison.Ordinal) ? "rmse" : "logloss"],
            MaxDepth = 6, LearningRate = 0.3, Seed = 3, Threads = 2, Extra = extra ?? [],
        };
        var kinds = CategoryCounts.Select(c => c > 0 ? FeatureKind.Categorical : FeatureKind.Quantitative).ToArray();
        using var train = Matrix(4000, seed: 1, kinds);
        using var valid = Matrix(1000, seed: 2, kinds);
        return Booster.Train(parameters, train, earlyStopping > 0 ? valid : null, rounds, earlyStopping);
    }

    private static DMatrix Matrix(int n, int seed, FeatureKind[] kinds)
    {
        var rows = Rows(n, seed, unseenCategories: false);
        var random = new Random(seed + 100);
        var labels = new float[n];
        for (var r = 0; r < n; r++)
        {
            var x = rows.AsSpan(r * Columns, Columns);
            var z = (float.IsNaN(x[0]) ? 0.5 : x[0]) - (0.7 * Value(x[1])) + (x[3] == 1 ? 1 : 0) + (float.IsNaN(x[4]) ? 0 : Math.Sin(x[4])) + (0.3 * Value(x[5]));
            labels[r] = random.NextDouble() < 1 / (1 + Math.Exp(-z)) ? 1 : 0;
        }

        var matrix = DMatrix.FromDense(rows, n, Columns, labels);
        matrix.SetFeatureKinds(kinds);
        return matrix;

        static double Value(float v) => float.IsNaN(v) ? 0 : v;
    }

    /// <summary>
    /// Normal numbers (a tenth missing, column 2 a coarse integer so splits land on exact values) and category codes;
    /// with <paramref name="unseenCategories"/> also codes beyond those trained, up to 140.
    /// </summary>
    private static float[] Rows(int n, int seed, bool unseenCategories)
    {
        var random = new Random(seed);
        var rows = new float[n * Columns];
        for (var i = 0; i < rows.Length; i++)
        {
            var column = i % Columns;
            var categories = CategoryCounts[column];
            rows[i] = random.Next(10) == 0 ? float.NaN
                : categories > 0 ? random.Next(unseenCategories ? categories + 50 : categories)
                : column == 2 ? random.Next(8)
                : (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        return rows;
    }
}
