using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attendance.Scoring.Policy;

/// <summary>
/// What the clinic wants flagged and advised, read from a JSON policy file (snake_case names; every field
/// optional, defaults below). See src/Scoring/README.md for the file format.
/// </summary>
public sealed record ScoringPolicy
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The defaults.</summary>
    public static readonly ScoringPolicy Default = new();

    /// <summary>How bookings are chosen per department and day.</summary>
    /// <value>Default <see cref="FlagRule.TopShare"/>.</value>
    public FlagRule FlagRule { get; init; } = FlagRule.TopShare;

    /// <summary>Share flagged per department and day under <see cref="FlagRule.TopShare"/>, in (0, 1].</summary>
    /// <value>Default 0.10.</value>
    public double TopShare { get; init; } = 0.10;

    /// <summary>Probability at or above which a booking is flagged under <see cref="FlagRule.Threshold"/>.</summary>
    /// <value>Default 0.25.</value>
    public double Threshold { get; init; } = 0.25;

    /// <summary>
    /// Flags the clinic can act on per department and day (phone calls, reminders): the count under
    /// <see cref="FlagRule.Capacity"/>, and a cap on the other rules; null = no cap. The cap also bounds the
    /// night's exact-SHAP work (about 1 ms a flagged booking), whatever the size of the region.
    /// </summary>
    /// <value>Default 40.</value>
    public int? CallsPerDay { get; init; } = 40;

    /// <summary>No booking below this probability is flagged, whatever the rule: a quiet department-day gets no flags.</summary>
    /// <value>Default 0.10 (the lower bound of the medium band).</value>
    public double MinProbability { get; init; } = 0.10;

    /// <summary>Lower bounds of the bands medium, high and very_high (ascending); below the first is low.</summary>
    /// <value>Default [0.10, 0.20, 0.35].</value>
    public IReadOnlyList<double> RiskBands { get; init; } = [0.10, 0.20, 0.35];

    /// <summary>Expected no-shows (sum of probabilities) of a clinic session at or above which double-booking is advised.</summary>
    /// <value>Default 1.5.</value>
    public double DoubleBookExpectedNoShows { get; init; } = 1.5;

    /// <summary>Most flagged bookings of one session advised for double-booking (never more than the whole expected no-shows).</summary>
    /// <value>Default 1.</value>
    public int DoubleBookMaxPerSession { get; init; } = 1;

    /// <summary>Harmonised visit families whose physical visits may be offered as video instead.</summary>
    /// <value>Default ["Kontrol"].</value>
    public IReadOnlyList<string> VideoFamilies { get; init; } = ["Kontrol"];

    /// <summary>Local (Copenhagen) hour at which the afternoon session starts.</summary>
    /// <value>Default 12.</value>
    public int AfternoonFromHour { get; init; } = 12;

    /// <summary>Reads and validates a policy file.</summary>
    /// <exception cref="ScoringException">Missing, malformed or out of range; the message names the file and field.</exception>
    public static ScoringPolicy Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ScoringException($"{path}: policy file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates policy JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ScoringException">Malformed or out of range.</exception>
    public static ScoringPolicy Parse(string json, string source)
    {
        ScoringPolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<ScoringPolicy>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new ScoringException($"{source}: not a scoring policy ({e.Message})", e);
        }

        return (policy ?? throw new ScoringException($"{source}: empty policy")).Validated(source);
    }

    /// <summary>The policy as indented JSON (the format <see cref="Parse"/> reads).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Checks every field; returns this.</summary>
    /// <exception cref="ScoringException">The first field out of range.</exception>
    public ScoringPolicy Validated(string source)
    {
        Require(TopShare is > 0 and <= 1, "top_share must be in (0, 1]");
        Require(Threshold is >= 0 and <= 1, "threshold must be in [0, 1]");
        Require(MinProbability is >= 0 and <= 1, "min_probability must be in [0, 1]");
        Require(CallsPerDay is null or >= 0, "calls_per_day must be 0 or more");
        Require(FlagRule != FlagRule.Capacity || CallsPerDay is not null, "flag_rule capacity needs calls_per_day");
        Require(RiskBands is { Count: 3 } && RiskBands[0] > 0 && RiskBands[0] < RiskBands[1] && RiskBands[1] < RiskBands[2] && RiskBands[2] < 1,
            "risk_bands must be three ascending probabilities in (0, 1)");
        Require(DoubleBookExpectedNoShows > 0, "double_book_expected_no_shows must be positive");
        Require(DoubleBookMaxPerSession >= 0, "double_book_max_per_session must be 0 or more");
        Require(VideoFamilies is not null, "video_families must be a list");
        Require(AfternoonFromHour is >= 0 and <= 24, "afternoon_from_hour must be in [0, 24]");
        return this;

        void Require(bool ok, string problem)
        {
            if (!ok)
            {
                throw new ScoringException($"{source}: {problem}");
            }
        }
    }
}
