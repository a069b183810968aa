using System.Text.Json.Serialization;

namespace Attendance.Training.Registry;

/// <summary>One line of promotions.jsonl: every promotion, forced or not, with the comparison behind it.</summary>
public sealed record PromotionRecord
{
    [JsonPropertyName("at")]
    public DateTimeOffset At { get; init; }

    [JsonPropertyName("by")]
    public string By { get; init; } = "";

    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    [JsonPropertyName("previous")]
    public string? Previous { get; init; }

    [JsonPropertyName("reason")]
    public string Reason { get; init; } = "";

    [JsonPropertyName("forced")]
    public bool Forced { get; init; }

    [JsonPropertyName("comparison")]
    public PromotionComparison? Comparison { get; init; }
}
