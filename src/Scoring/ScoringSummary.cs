using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attendance.Scoring.Policy;

namespace Attendance.Scoring;

/// <summary>
/// What a scoring run did, for the console and for monitoring: written as JSON beside the scores
/// (<c>scores.parquet</c> → <c>scores.summary.json</c>). Holds no timings or absolute paths, so the same
/// inputs give the same file.
/// </summary>
public sealed record ScoringSummary
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Department names are Danish: keep æøå readable (the file is never embedded in HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public required string ModelVersion { get; init; }

    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Booking rows read.</summary>
    public long BookingsRead { get; init; }

    /// <summary>Bookings scored and written.</summary>
    public long Rows { get; init; }

    /// <summary>Bookings that start before <see cref="AsOf"/>: not scored, not written.</summary>
    public long SkippedPast { get; init; }

    /// <summary>Scored bookings of patients without any history ended before <see cref="AsOf"/> (first-timers: normal).</summary>
    public long WithoutHistory { get; init; }

    public long Flagged { get; init; }

    /// <summary>Flagged bookings per department (ordinal order; "(none)" for a null department).</summary>
    public IReadOnlyDictionary<string, long> FlaggedPerDepartment { get; init; } = new Dictionary<string, long>();

    /// <summary>Flagged bookings per action.</summary>
    public IReadOnlyDictionary<string, long> Actions { get; init; } = new Dictionary<string, long>();

    /// <summary>Scored bookings per risk band.</summary>
    public IReadOnlyDictionary<string, long> RiskBands { get; init; } = new Dictionary<string, long>();

    public double MeanProbability { get; init; }

    /// <summary>The 10th, 20th … 90th percentiles of the scored probabilities (nearest rank).</summary>
    public IReadOnlyList<double> Deciles { get; init; } = [];

    /// <summary>Clinic sessions (department × site × day × half-day) with scored bookings.</summary>
    public int Sessions { get; init; }

    /// <summary>Sessions whose expected no-shows reached the double-book threshold.</summary>
    public int SessionsOverDoubleBookThreshold { get; init; }

    /// <summary>Category values the model never saw in training (left missing), per feature.</summary>
    public IReadOnlyDictionary<string, long> UnseenCategories { get; init; } = new Dictionary<string, long>();

    /// <summary>Model columns the bookings lacked (left missing).</summary>
    public IReadOnlyList<string> MissingColumns { get; init; } = [];

    /// <summary>Bookings whose visit type no rule of the table maps.</summary>
    public long UnknownVisitTypes { get; init; }

    /// <summary>Bookings booked after their start (lead time missing).</summary>
    public long BookedAfterStart { get; init; }

    /// <summary>History rows folded into the patients' state.</summary>
    public long HistoryRowsFolded { get; init; }

    /// <summary>History rows not used: not ended before <see cref="AsOf"/> (or with an outcome the contract does not know).</summary>
    public long HistoryRowsSkipped { get; init; }

    /// <summary>The policy applied.</summary>
    public required ScoringPolicy Policy { get; init; }

    /// <summary>The reason language.</summary>
    public required string Language { get; init; }

    /// <summary>The summary file beside a scores file: same folder and stem, extension <c>.summary.json</c>.</summary>
    public static string PathBeside(string scoresPath)
    {
        ArgumentNullException.ThrowIfNull(scoresPath);
        return Path.ChangeExtension(scoresPath, null) + ".summary.json";
    }

    /// <summary>The summary as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a summary <see cref="Save"/> wrote.</summary>
    /// <exception cref="ScoringException">The file is not such a summary.</exception>
    public static ScoringSummary Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ScoringSummary>(File.ReadAllText(path), JsonOptions)
                ?? throw new ScoringException($"{path}: not a scoring summary");
        }
        catch (JsonException e)
        {
            throw new ScoringException($"{path}: not a scoring summary ({e.Message})");
        }
    }

    /// <summary>Writes the JSON to a temporary file and moves it over <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, ToJson() + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
