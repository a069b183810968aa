using Attendance.Training.Evaluation;

namespace Attendance.Training.Tests.Evaluation;

public sealed class MetricsTests
{
    // scikit-learn's documentation example: roc_auc_score = 0.75, average_precision_score = 0.8333.
    private static readonly float[] Scores = [0.1f, 0.4f, 0.35f, 0.8f];
    private static readonly float[] Labels = [0, 0, 1, 1];

    [Fact]
    public void Compute_OnTheTextbookExample_MatchesHandComputedValues()
    {
        var metrics = BinaryMetrics.Compute(Scores, Labels);

        Assert.Equal(0.75, metrics.Auc, 12);
        Assert.Equal((1 + (2.0 / 3)) / 2, metrics.PrAuc, 12);
        Assert.Equal((0.01 + 0.16 + 0.4225 + 0.04) / 4, metrics.Brier, 6);
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.6) + Math.Log(0.35) + Math.Log(0.8)) / 4, metrics.LogLoss, 6);
        // Four bins of one row each: |0.1−0|, |0.35−1|, |0.4−0|, |0.8−1|.
        Assert.Equal((0.1 + 0.65 + 0.4 + 0.2) / 4, metrics.Ece, 6);
        Assert.Equal(0.5, metrics.PositiveRate);
        Assert.Equal(2, metrics.Positives);
    }

    [Fact]
    public void Auc_TiedScores_CountHalf()
    {
        Assert.Equal(0.5, Metrics.Auc([0.5f, 0.5f], [0, 1]));
        Assert.Equal(0.75, Metrics.Auc([0.2f, 0.5f, 0.5f], [0, 0, 1]));
    }

    [Fact]
    public void Auc_OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(Metrics.Auc([0.1f, 0.9f], [1, 1])));
    }

    [Fact]
    public void AveragePrecision_TiedScores_AreOneThreshold()
    {
        // One threshold holding both rows: recall 1 at precision 1/2.
        Assert.Equal(0.5, Metrics.AveragePrecision([0.3f, 0.3f], [1, 0]), 12);
    }

    [Fact]
    public void Ece_PerfectlyCalibratedBins_IsZero()
    {
        float[] p = [0.25f, 0.25f, 0.25f, 0.25f, 0.75f, 0.75f, 0.75f, 0.75f];
        float[] y = [1, 0, 0, 0, 1, 1, 1, 0];

        Assert.Equal(0, Metrics.Ece(p, y), 12);
        Assert.Equal(2, Metrics.Reliability(p, y).Count);
    }

    [Fact]
    public void CapturedAtTop_CountsPositivesAmongTheHighestScores()
    {
        Assert.Equal(0.5, Metrics.CapturedAtTop(Scores, Labels, 0.25));
        Assert.Equal(0.5, Metrics.CapturedAtTop(Scores, Labels, 0.5));
        Assert.Equal(1, Metrics.CapturedAtTop(Scores, Labels, 0.75));
    }
}
