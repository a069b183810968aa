using System.Text.Json.Serialization;

namespace Attendance.Training.Registry;

/// <summary>champion.json: which version scores, and who made it so.</summary>
public sealed record ChampionPointer(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("promoted_at")] DateTimeOffset PromotedAt,
    [property: JsonPropertyName("promoted_by")] string PromotedBy,
    [property: JsonPropertyName("reason")] string Reason);
