using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Risk;
using Attendance.App.Storage;
using Attendance.Scoring;
using Dapper;
using Microsoft.Extensions.Options;
using Quartz;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// The summarising step of a day's scoring run, triggered by its last partition: merges the staged
/// partition scores into <c>outbox/scores/date=…/scores.parquet</c> and its summary (<see cref="ScoresMerge"/>:
/// the bytes one run over all bookings writes), stores the day's flagged bookings (<c>flagged_bookings</c>, the risk list) and the summary in <c>scoring_runs</c>, marks the
/// partitions merged and removes the staged files. One at a time on the whole cluster; a run already merged
/// or superseded is left alone, and a rerun of the step rewrites the same bytes.
/// </summary>
internal sealed class ScoringSummaryJob(DataFolders folders, ScoringPartitions partitions, FlaggedBookingStore flags, Store store, TimeProvider time, IOptions<JobsOptions> options)
    : AttendanceJob(options)
{
    public static JobKey Key { get; } = new("ScoringSummary", JobCatalog.Group);

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runId = ScoringJob.Required(run, ScoringJob.RunKey);
        var parts = await partitions.ReadRunAsync(run.Date, runId, cancellationToken);
        if (parts.Count == 0 || parts.Any(part => part.State != ScoringPartition.Done))
        {
            var state = parts.Count == 0 ? "superseded by a newer run of the day" : $"{string.Join(", ", parts.Select(part => part.State).Distinct())}";
            return new JobOutcome(0, $"run {runId[..8]}: {state}; nothing merged");
        }
        var day = folders.OutboxFor("scores", run.Date);
        Directory.CreateDirectory(day);
        RemoveLeftovers(day);
        var output = Path.Combine(day, "scores.parquet");
        var staged = parts.Select(part => (part.Departments, ScoringStaging.PartitionFile(folders, run.Date, runId, part.Number))).ToList();
        var pause = run.Data.ContainsKey(ScoringJob.PauseWriteKey)
            ? () => ScoringJob.PauseAsync(run, ScoringJob.PauseWriteKey, cancellationToken).GetAwaiter().GetResult()
            : (Action?)null;
        var summary = await Task.Run(
            () => JobInputErrors.Translate(() => ScoresMerge.Merge(folders.InboxFor("bookings"), staged, ScoringJob.AsOf(run.Date, Settings.Zone), output, pause, cancellationToken)),
            cancellationToken);
        // The flags before the run's row: the risk list never shows a run without its flagged bookings.
        await flags.ReplaceDayAsync(run.Date, output, summary.Language, cancellationToken);
        await SaveAsync(run.Date, summary, cancellationToken);
        await partitions.MarkMergedAsync(run.Date, runId, cancellationToken);
        ScoringStaging.Remove(folders, run.Date, runId);
        return new JobOutcome(summary.Rows, string.Create(CultureInfo.InvariantCulture,
            $"{summary.Rows} bookings of {parts.Count} partitions scored with {summary.ModelVersion} as of {summary.AsOf:yyyy-MM-dd HH:mm} UTC; {summary.Flagged} flagged"));
    }

    /// <summary>Temporary files of a write a killed process left in the day's folder (never under a final name).</summary>
    private static void RemoveLeftovers(string day)
    {
        foreach (var file in Directory.EnumerateFiles(day, "*.tmp"))
        {
            File.Delete(file);
        }
    }

    private async Task SaveAsync(DateOnly date, ScoringSummary summary, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO scoring_runs (run_date, model_version, as_of, bookings_scored, flagged, summary_json, scored_at) " +
            $"VALUES (@date, @model, @asOf, @rows, @flagged, {store.JsonParameter("summary")}, @now) " +
            "ON CONFLICT (run_date) DO UPDATE SET model_version = excluded.model_version, as_of = excluded.as_of, " +
            "bookings_scored = excluded.bookings_scored, flagged = excluded.flagged, summary_json = excluded.summary_json, scored_at = excluded.scored_at",
            new
            {
                date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                model = summary.ModelVersion,
                asOf = StoreTime.ToDb(store.Dialect, summary.AsOf),
                rows = summary.Rows,
                flagged = summary.Flagged,
                summary = summary.ToJson(),
                now = StoreTime.ToDb(store.Dialect, time.GetUtcNow()),
            }, cancellationToken: cancellationToken));
    }
}
