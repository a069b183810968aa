using Attendance.Data.VisitTypes;
using Attendance.Scoring.Policy;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring;

/// <summary>One scoring run: which model, which files, as of when, under which policy.</summary>
public sealed record ScoringRequest
{
    /// <summary>The model artifact folder (model.json, features.json, calibration.json).</summary>
    public required string ModelDirectory { get; init; }

    /// <summary>Bookings Parquet files or folders.</summary>
    public required IReadOnlyList<string> Bookings { get; init; }

    /// <summary>History Parquet files or folders.</summary>
    public required IReadOnlyList<string> History { get; init; }

    /// <summary>The scores Parquet file to write; the summary goes beside it (<see cref="ScoringSummary.PathBeside"/>).</summary>
    public required string Output { get; init; }

    /// <summary>The moment of scoring: history must have ended before it, bookings start after it.</summary>
    /// <value>Default null: now, from the scorer's <see cref="TimeProvider"/>.</value>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Flag and action rules.</summary>
    /// <value>Default <see cref="ScoringPolicy.Default"/>.</value>
    public ScoringPolicy Policy { get; init; } = ScoringPolicy.Default;

    /// <summary>Language of the reason texts.</summary>
    /// <value>Default Danish.</value>
    public ReasonLanguage Language { get; init; } = ReasonLanguage.Danish;

    /// <summary>Worker threads for prediction (row groups in parallel) and XGBoost (0 = all cores).</summary>
    /// <value>Default 0.</value>
    public int Threads { get; init; }

    /// <summary>
    /// Scores only the bookings of these departments (a null entry: bookings without one); the others are still
    /// read, so every patient's upcoming bookings count as in a run over all, but are not predicted, flagged or
    /// written (nor counted as past). Flags work per department and day, so a run over a set of departments
    /// decides exactly what a run over all decides for them.
    /// </summary>
    /// <value>Default null: every department.</value>
    public IReadOnlySet<string?>? Departments { get; init; }

    /// <summary>The visit-type table; null loads data/visit-types.csv.</summary>
    /// <value>Default null.</value>
    public VisitTypeHarmoniser? Harmoniser { get; init; }
}
