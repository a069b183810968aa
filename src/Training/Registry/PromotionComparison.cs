using System.Globalization;
using System.Text.Json.Serialization;

namespace Attendance.Training.Registry;

/// <summary>Champion and challenger on the newer of their validation periods, which neither trained on (same rows, same history).</summary>
public sealed record PromotionComparison
{
    /// <summary>AUC or log loss may be worse by at most this much before the challenger counts as worse.</summary>
    public const double Tolerance = 0.001;

    [JsonPropertyName("from")]
    public DateTimeOffset From { get; init; }

    [JsonPropertyName("to")]
    public DateTimeOffset To { get; init; }

    [JsonPropertyName("rows")]
    public long Rows { get; init; }

    [JsonPropertyName("champion_auc")]
    public double ChampionAuc { get; init; }

    [JsonPropertyName("challenger_auc")]
    public double ChallengerAuc { get; init; }

    [JsonPropertyName("champion_log_loss")]
    public double ChampionLogLoss { get; init; }

    [JsonPropertyName("challenger_log_loss")]
    public double ChallengerLogLoss { get; init; }

    /// <summary>Lower AUC or higher log loss beyond <see cref="Tolerance"/>.</summary>
    [JsonIgnore]
    public bool ChallengerIsWorse =>
        ChallengerAuc < ChampionAuc - Tolerance || ChallengerLogLoss > ChampionLogLoss + Tolerance;

    /// <summary>One line for people.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"on {Rows:N0} rows {From:yyyy-MM-dd}..{To:yyyy-MM-dd}: AUC {ChampionAuc:F4} (champion) vs {ChallengerAuc:F4} (challenger), log loss {ChampionLogLoss:F4} vs {ChallengerLogLoss:F4}");
}
