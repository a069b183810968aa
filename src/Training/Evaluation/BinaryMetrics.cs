using System.Text.Json.Serialization;

namespace Attendance.Training.Evaluation;

/// <summary>The quality of probabilities against 0/1 labels on one set of rows.</summary>
public sealed record BinaryMetrics
{
    /// <summary>Area under the ROC curve (ties count half); NaN without both classes.</summary>
    [JsonPropertyName("auc")]
    public double Auc { get; init; }

    /// <summary>Area under the precision-recall curve as average precision (step-wise, no interpolation).</summary>
    [JsonPropertyName("pr_auc")]
    public double PrAuc { get; init; }

    /// <summary>Mean squared error of the probability.</summary>
    [JsonPropertyName("brier")]
    public double Brier { get; init; }

    /// <summary>Mean negative log-likelihood, probabilities clipped to [1e-15, 1 − 1e-15].</summary>
    [JsonPropertyName("log_loss")]
    public double LogLoss { get; init; }

    /// <summary>Expected calibration error over 10 equal-width probability bins, weighted by rows.</summary>
    [JsonPropertyName("ece")]
    public double Ece { get; init; }

    /// <summary>Rows.</summary>
    [JsonPropertyName("n")]
    public long Rows { get; init; }

    /// <summary>Positive (no-show) rows.</summary>
    [JsonPropertyName("positives")]
    public long Positives { get; init; }

    /// <summary>Share of positives.</summary>
    [JsonPropertyName("positive_rate")]
    public double PositiveRate { get; init; }

    /// <summary>Mean predicted probability.</summary>
    [JsonPropertyName("mean_prediction")]
    public double MeanPrediction { get; init; }

    /// <summary>All metrics of <paramref name="probabilities"/> against <paramref name="labels"/>.</summary>
    public static BinaryMetrics Compute(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels)
    {
        double positives = 0, sum = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            positives += labels[i];
            sum += probabilities[i];
        }

        return new BinaryMetrics
        {
            Auc = Metrics.Auc(probabilities, labels),
            PrAuc = Metrics.AveragePrecision(probabilities, labels),
            Brier = Metrics.Brier(probabilities, labels),
            LogLoss = Metrics.LogLoss(probabilities, labels),
            Ece = Metrics.Ece(probabilities, labels),
            Rows = labels.Length,
            Positives = (long)positives,
            PositiveRate = labels.Length == 0 ? double.NaN : positives / labels.Length,
            MeanPrediction = labels.Length == 0 ? double.NaN : sum / labels.Length,
        };
    }
}
