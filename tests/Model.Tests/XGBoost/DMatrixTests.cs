using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

public sealed class DMatrixTests
{
    [Fact]
    public void FromDense_ValuesNotRowsTimesColumns_ThrowsNamingTheCounts()
    {
        var error = Assert.Throws<ArgumentException>(() => DMatrix.FromDense(new float[7], 2, 4));

        Assert.Contains("2 rows × 4 columns = 8 values, got 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDense_LabelsNotOnePerRow_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DMatrix.FromDense(new float[8], 2, 4, labels: new float[3]));

        Assert.Equal("labels", error.ParamName);
    }

    [Fact]
    public void SetFeatureNames_WrongCount_Throws()
    {
        using var matrix = DMatrix.FromDense(new float[8], 2, 4);

        Assert.Throws<ArgumentException>(() => matrix.SetFeatureNames(["a", "b"]));
    }

    [Theory]
    [InlineData("age", "age")]
    [InlineData("age", "dist[km]")]
    [InlineData("age", "")]
    public void SetFeatureNames_NamePythonXGBoostRejects_ThrowsNamingIt(string first, string second)
    {
        // libxgboost 1.7 accepts these; Python XGBoost refuses them when it reads the model's data.
        using var matrix = DMatrix.FromDense(new float[4], 2, 2);

        var error = Assert.Throws<ArgumentException>(() => matrix.SetFeatureNames([first, second]));

        Assert.Contains($"\"{second}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDense_Weights_CountLikeDuplicatedRows()
    {
        // With the exact tree method, a row of weight 2 contributes the same gradient sums as the
        // row twice, so the trees and predictions agree up to float summation order.
        var data = XGBoostFixture.Data(200, seed: 13);
        var weights = Enumerable.Range(0, data.Rows).Select(r => r % 3 == 0 ? 2f : 1f).ToArray();
        var duplicated = Enumerable.Range(0, data.Rows).SelectMany(r => r % 3 == 0 ? new[] { r, r } : [r]).ToArray();
        var parameters = XGBoostFixture.Parameters with { TreeMethod = "exact" };

        using var weighted = DMatrix.FromDense(data.Features, data.Rows, data.Columns, data.Labels, weights);
        using var repeated = DMatrix.FromDense(
            duplicated.SelectMany(r => data.Row(r).ToArray()).ToArray(),
            duplicated.Length,
            data.Columns,
            duplicated.Select(r => data.Labels[r]).ToArray());
        using var fromWeights = Booster.Train(parameters, weighted, null, rounds: 5);
        using var fromRepeats = Booster.Train(parameters, repeated, null, rounds: 5);
        using var unweighted = XGBoostFixture.Train(data, rounds: 5, parameters);

        var expected = fromRepeats.Predict(data.Features, data.Rows, data.Columns);
        var actual = fromWeights.Predict(data.Features, data.Rows, data.Columns);
        Assert.All(Enumerable.Range(0, data.Rows), r => Assert.Equal(expected[r], actual[r], 1e-5f));
        Assert.NotEqual(unweighted.Predict(data.Features, data.Rows, data.Columns), actual);
    }
}
