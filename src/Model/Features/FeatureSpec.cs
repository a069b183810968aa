using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Features;

/// <summary>
/// Everything needed to rebuild the exact feature matrix a model was trained on: the columns (names, kinds,
/// vocabularies) and the history settings. Saved as <c>features.json</c> next to <c>model.json</c>.
/// </summary>
public sealed record FeatureSpec
{
    /// <summary>The file name inside a model artifact.</summary>
    public const string FileName = "features.json";

    /// <summary>Version of this file's layout; a reader refuses other versions.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    [JsonPropertyName("format")]
    public int Format { get; init; } = CurrentFormat;

    /// <summary>Training cut-off = start_at − horizon: what the nightly scorer knows that long before the appointment.</summary>
    /// <value>Default 1 day (1440 minutes).</value>
    [JsonPropertyName("horizon_minutes")]
    public long HorizonMinutes { get; init; } = 1440;

    /// <summary>Window after the cut-off in which the patient's other bookings are counted.</summary>
    /// <value>Default 28 days.</value>
    [JsonPropertyName("upcoming_window_days")]
    public int UpcomingWindowDays { get; init; } = 28;

    /// <summary>The prior mean of the smoothed no-show rate: the training rows' no-show rate.</summary>
    [JsonPropertyName("prior_no_show_rate")]
    public double PriorNoShowRate { get; init; } = 0.1;

    /// <summary>The prior's weight in pseudo-appointments (see <see cref="FeatureNames.PriorNoShowRate"/>): a first-timer gets the base rate; after 5 visits the patient's own rate weighs half.</summary>
    /// <value>Default 5.</value>
    [JsonPropertyName("prior_strength")]
    public double PriorStrength { get; init; } = 5;

    /// <summary>Time constant of <see cref="FeatureNames.PriorNoShowsRecent"/>: a no-show this many days old counts 1/e.</summary>
    /// <value>Default 365 days.</value>
    [JsonPropertyName("no_show_memory_days")]
    public double NoShowMemoryDays { get; init; } = 365;

    /// <summary>The visit-type table used to harmonise visit types.</summary>
    [JsonPropertyName("visit_types")]
    public VisitTypeTableInfo? VisitTypes { get; init; }

    /// <summary>The matrix columns, in order.</summary>
    [JsonPropertyName("features")]
    public IReadOnlyList<FeatureDefinition> Features { get; init; } = [];

    /// <summary>The horizon as a span.</summary>
    [JsonIgnore]
    public TimeSpan Horizon => TimeSpan.FromMinutes(HorizonMinutes);

    /// <summary>Column names, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Names => [.. Features.Select(f => f.Name)];

    /// <summary>Column kinds, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<FeatureKind> Kinds => [.. Features.Select(f => f.Kind)];

    /// <summary>
    /// Hex SHA-256 over everything that shapes the matrix (columns, vocabularies, history settings). Stored
    /// in the model as an attribute, so a <c>features.json</c> from another training is detected at load.
    /// </summary>
    [JsonIgnore]
    public string Fingerprint
    {
        get
        {
            var shape = this with { VisitTypes = null };
            return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(shape, JsonOptions)));
        }
    }

    /// <summary>The spec as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Writes <c>features.json</c>-style JSON to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllText(path, ToJson());

    /// <summary>Reads and validates a spec file.</summary>
    /// <exception cref="FeatureSpecException">Missing, unreadable or inconsistent; the message names the file.</exception>
    public static FeatureSpec Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FeatureSpecException($"{path}: file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="FeatureSpecException">The JSON is malformed or inconsistent.</exception>
    public static FeatureSpec Parse(string json, string source)
    {
        FeatureSpec? spec;
        try
        {
            spec = JsonSerializer.Deserialize<FeatureSpec>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FeatureSpecException($"{source}: not a feature specification ({e.Message})", e);
        }

        if (spec is null)
        {
            throw new FeatureSpecException($"{source}: empty feature specification");
        }

        spec.Validate(source);
        return spec;
    }

    /// <summary>Checks the invariants a builder relies on.</summary>
    /// <exception cref="FeatureSpecException">The first violation, prefixed with <paramref name="source"/>.</exception>
    public void Validate(string source)
    {
        if (Format != CurrentFormat)
        {
            throw new FeatureSpecException($"{source}: format {Format} is not supported (expected {CurrentFormat})");
        }

        if (Features.Count == 0)
        {
            throw new FeatureSpecException($"{source}: the \"features\" list is empty");
        }

        if (HorizonMinutes < 0 || UpcomingWindowDays < 0 || PriorStrength <= 0 || NoShowMemoryDays <= 0
            || PriorNoShowRate is <= 0 or >= 1)
        {
            throw new FeatureSpecException($"{source}: horizon, window, prior or memory out of range");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in Features)
        {
            if (!seen.Add(feature.Name))
            {
                throw new FeatureSpecException($"{source}: feature \"{feature.Name}\" appears twice");
            }

            if (!FeatureCatalog.IsKnown(feature.Name))
            {
                throw new FeatureSpecException($"{source}: unknown feature \"{feature.Name}\"");
            }

            if (feature.Kind == FeatureKind.Categorical && feature.Categories is null)
            {
                throw new FeatureSpecException($"{source}: categorical feature \"{feature.Name}\" has no categories");
            }
        }
    }
}
