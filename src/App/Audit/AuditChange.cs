using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Attendance.App.Audit;

/// <summary>One field of an audited state that an action set or changed (values as JSON text; null when absent).</summary>
internal sealed record AuditChange(string Field, string? Before, string? After)
{
    // Display text, HTML-encoded by the page: Danish letters as themselves, not \u00E6 escapes.
    private static readonly JsonSerializerOptions Display = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The top-level fields whose values differ between the before and after JSON objects, in the
    /// after state's order (then fields only the before state had). A creation lists every field.
    /// </summary>
    public static IReadOnlyList<AuditChange> Between(string? beforeJson, string? afterJson)
    {
        var before = Parse(beforeJson);
        var after = Parse(afterJson);
        var fields = after.Select(p => p.Key).Concat(before.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            var (old, now) = (before[field], after[field]);
            if (!JsonNode.DeepEquals(old, now) || (beforeJson is null && after.ContainsKey(field)))
            {
                changes.Add(new AuditChange(field, Text(before, field), Text(after, field)));
            }
        }
        return changes;
    }

    private static JsonObject Parse(string? json) => json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static string? Text(JsonObject state, string field) =>
        state.TryGetPropertyValue(field, out var value) ? value?.ToJsonString(Display) ?? "null" : null;
}
