using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

public sealed class EvaluationLineTests
{
    [Fact]
    public void LastMetric_SeveralMetrics_ReturnsTheLastForTheNamedData()
    {
        var (metric, score) = EvaluationLine.LastMetric("[12]\ttrain-logloss:0.4\tvalid-logloss:0.51234\tvalid-auc:0.80125", "valid");

        Assert.Equal("auc", metric);
        Assert.Equal(0.80125, score);
    }

    [Fact]
    public void LastMetric_MetricWithDashAndAt_KeepsItsFullName()
    {
        var (metric, score) = EvaluationLine.LastMetric("[0]\tvalid-error@0.7:0.125\n", "valid");

        Assert.Equal("error@0.7", metric);
        Assert.Equal(0.125, score);
    }

    [Fact]
    public void LastMetric_NanScore_IsReadAsNaN()
    {
        Assert.True(double.IsNaN(EvaluationLine.LastMetric("[0]\tvalid-auc:nan", "valid").Score));
    }

    [Fact]
    public void LastMetric_NoMetricForTheData_ThrowsQuotingTheLine()
    {
        var error = Assert.Throws<XGBoostException>(() => EvaluationLine.LastMetric("[0]\ttrain-auc:0.5", "valid"));

        Assert.Contains("train-auc:0.5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auc", true)]
    [InlineData("aucpr", true)]
    [InlineData("ndcg@5", true)]
    [InlineData("map", true)]
    [InlineData("mape", false)]
    [InlineData("logloss", false)]
    [InlineData("error", false)]
    [InlineData("rmse", false)]
    public void IsMaximised_FollowsXGBoostsPythonRule(string metric, bool maximised)
    {
        Assert.Equal(maximised, EvaluationLine.IsMaximised(metric));
    }
}
