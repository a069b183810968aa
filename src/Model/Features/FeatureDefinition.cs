using System.Text.Json.Serialization;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Features;

/// <summary>One column of the feature matrix.</summary>
/// <param name="Name">Column name, also the XGBoost feature name (see <see cref="FeatureNames"/>; extras keep their <c>x_</c> name).</param>
/// <param name="Kind">Quantitative, or categorical with integer codes (the index in <paramref name="Categories"/>).</param>
/// <param name="Categories">For categorical features: the vocabulary; code i is <c>Categories[i]</c>. A value not in it is missing (NaN) and counted.</param>
public sealed record FeatureDefinition(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] FeatureKind Kind,
    [property: JsonPropertyName("categories"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Categories = null)
{
    /// <summary>Value equality including the vocabulary (records compare lists by reference).</summary>
    public bool SameAs(FeatureDefinition other) =>
        other is not null && Name == other.Name && Kind == other.Kind
        && (Categories ?? []).SequenceEqual(other.Categories ?? [], StringComparer.Ordinal);
}
