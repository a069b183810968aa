using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Attendance.App.Risk;

/// <summary>
/// One factor that raised a flagged booking's risk: its text per language (<c>"da"</c>, <c>"en"</c>; only
/// the languages the scoring run rendered) and its SHAP contribution in log-odds.
/// </summary>
internal sealed record RiskReason(IReadOnlyDictionary<string, string> Texts, double? Contribution)
{
    private const string ContributionKey = "contribution";

    // Stored as written (æøå, <, >): the text is data, and the page encodes it when it shows it.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text in <paramref name="language"/> when the run rendered it, else in a language it did render.</summary>
    public string TextIn(string language) =>
        Texts.TryGetValue(language, out var text) ? text : Texts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).FirstOrDefault() ?? "";

    /// <summary>
    /// The <c>reasons_json</c> column: an array, largest factor first, of
    /// <c>{"da": text, "en": text, "contribution": log-odds}</c> with only the languages present.
    /// </summary>
    public static string ToJson(IEnumerable<RiskReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var array = new JsonArray();
        foreach (var reason in reasons)
        {
            var item = new JsonObject();
            foreach (var (language, text) in reason.Texts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                item[language] = text;
            }
            item[ContributionKey] = reason.Contribution;
            array.Add(item);
        }
        return array.ToJsonString(Json);
    }

    /// <summary>The reasons of a <c>reasons_json</c> value (see <see cref="ToJson"/>).</summary>
    public static IReadOnlyList<RiskReason> ParseList(string json)
    {
        var reasons = new List<RiskReason>(3);
        foreach (var node in JsonNode.Parse(json) as JsonArray ?? [])
        {
            if (node is not JsonObject item)
            {
                continue;
            }
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            double? contribution = null;
            foreach (var (key, value) in item)
            {
                if (key == ContributionKey)
                {
                    contribution = value?.GetValue<double>();
                }
                else if (value?.GetValueKind() == JsonValueKind.String)
                {
                    texts[key] = value.GetValue<string>();
                }
            }
            reasons.Add(new RiskReason(texts, contribution));
        }
        return reasons;
    }
}
