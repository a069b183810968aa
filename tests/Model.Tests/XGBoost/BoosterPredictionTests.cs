using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

public sealed class BoosterPredictionTests
{
    private static readonly SyntheticLogistic Data = XGBoostFixture.Data(500, seed: 5);

    [Theory]
    [InlineData(PredictionOutput.Value)]
    [InlineData(PredictionOutput.Margin)]
    public void Predict_InPlace_EqualsDMatrixPrediction(PredictionOutput output)
    {
        using var booster = CreateSut();
        using var matrix = DMatrix.FromDense(Data.Features, Data.Rows, Data.Columns);

        var inPlace = booster.Predict(Data.Features, Data.Rows, Data.Columns, output);

        Assert.Equal(booster.Predict(matrix, output), inPlace);
        Assert.Equal(output == PredictionOutput.Margin, inPlace.Any(p => p is < 0 or > 1));
    }

    [Fact]
    public void Predict_IntoDestination_EqualsReturnedArray()
    {
        using var booster = CreateSut();
        var destination = new float[Data.Rows];

        booster.Predict(Data.Features, Data.Rows, Data.Columns, destination);

        Assert.Equal(booster.Predict(Data.Features, Data.Rows, Data.Columns), destination);
    }

    [Fact]
    public void Predict_ConcurrentInPlaceCalls_EqualSequentialResults()
    {
        using var booster = CreateSut();
        var expected = Enumerable.Range(0, Data.Rows).Select(r => booster.Predict(Data.Row(r), 1, Data.Columns)[0]).ToArray();

        var actual = new float[Data.Rows];
        Parallel.For(0, Data.Rows, new ParallelOptions { MaxDegreeOfParallelism = 4 }, r =>
            actual[r] = booster.Predict(Data.Row(r), 1, Data.Columns)[0]);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(ContributionMethod.Exact)]
    [InlineData(ContributionMethod.Approximate)]
    public void PredictContributions_EachRow_SumsToTheMarginWithBiasLast(ContributionMethod method)
    {
        using var booster = CreateSut();
        var margins = booster.Predict(Data.Features, Data.Rows, Data.Columns, PredictionOutput.Margin);

        var contributions = booster.PredictContributions(Data.Features, Data.Rows, Data.Columns, method);

        var width = Data.Columns + 1;
        Assert.Equal(Data.Rows * width, contributions.Length);
        for (var r = 0; r < Data.Rows; r++)
        {
            var row = contributions.AsSpan(r * width, width);
            var sum = 0.0;
            foreach (var c in row)
            {
                sum += c;
            }

            Assert.True(Math.Abs(sum - margins[r]) < 1e-4, $"row {r}: contributions sum to {sum}, margin is {margins[r]}");
            // The bias (expected margin) is the same for every row: it proves the bias column is last.
            Assert.Equal(contributions[width - 1], row[^1]);
        }

        // Feature 3 has weight 0 in the truth: it should matter far less than feature 0 (weight 1.5).
        Assert.True(MeanAbsolute(contributions, width, 3) < MeanAbsolute(contributions, width, 0) / 3);
    }

    [Fact]
    public void PredictContributions_ExactAndApproximate_Differ()
    {
        using var booster = CreateSut();

        Assert.NotEqual(
            booster.PredictContributions(Data.Features, Data.Rows, Data.Columns, ContributionMethod.Exact),
            booster.PredictContributions(Data.Features, Data.Rows, Data.Columns, ContributionMethod.Approximate));
    }

    [Fact]
    public void Predict_FewerColumnsThanTheModel_ThrowsNamingExpectedAndActualCounts()
    {
        using var booster = CreateSut();
        var narrow = new float[10 * 4];
        using var narrowMatrix = DMatrix.FromDense(narrow, 10, 4);

        var errors = new[]
        {
            Assert.Throws<XGBoostException>(() => booster.Predict(narrow, 10, 4)),
            Assert.Throws<XGBoostException>(() => booster.Predict(narrowMatrix)),
            Assert.Throws<XGBoostException>(() => booster.PredictContributions(narrow, 10, 4)),
            Assert.Throws<XGBoostException>(() => booster.PredictContributions(narrowMatrix, ContributionMethod.Approximate)),
        };

        Assert.All(errors, e => Assert.Equal("The model expects 5 features per row but the input has 4.", e.Message));
    }

    [Fact]
    public void Predict_MoreColumnsThanTheModel_Throws()
    {
        using var booster = CreateSut();

        var error = Assert.Throws<XGBoostException>(() => booster.Predict(new float[12], 2, 6));

        Assert.Contains("expects 5 features per row but the input has 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_ValuesNotMatchingRowsTimesColumns_ThrowsArgumentException()
    {
        using var booster = CreateSut();

        var error = Assert.Throws<ArgumentException>(() => booster.Predict(new float[9], 2, 5));

        Assert.Contains("2 rows × 5 columns = 10 values, got 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_NoRows_ReturnsEmpty()
    {
        using var booster = CreateSut();

        Assert.Empty(booster.Predict([], 0, Data.Columns));
    }

    private static Booster CreateSut() => XGBoostFixture.Train(XGBoostFixture.Data(2_000), rounds: 20);

    private static double MeanAbsolute(float[] contributions, int width, int column) =>
        Enumerable.Range(0, contributions.Length / width).Average(r => Math.Abs(contributions[(r * width) + column]));
}
