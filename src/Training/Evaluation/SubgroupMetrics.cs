using System.Text.Json.Serialization;

namespace Attendance.Training.Evaluation;

/// <summary>Discrimination and calibration within one subgroup of rows.</summary>
public sealed record SubgroupMetrics(
    [property: JsonPropertyName("dimension")] string Dimension,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("n")] long Rows,
    [property: JsonPropertyName("positives")] long Positives,
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("mean_prediction")] double MeanPrediction,
    [property: JsonPropertyName("observed_rate")] double ObservedRate,
    [property: JsonPropertyName("ece")] double Ece);
