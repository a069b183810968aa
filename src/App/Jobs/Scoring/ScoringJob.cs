using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.App.Risk;
using Attendance.App.Storage;
using Attendance.Scoring;
using Attendance.Training.Registry;
using Dapper;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Nightly scoring: the bookings in <c>inbox/bookings</c> against the history in <c>inbox/history</c>,
/// with the registry's champion, as of the start of the run's day (Copenhagen), into
/// <c>outbox/scores/date=…/scores.parquet</c> and its summary beside it; the summary also goes to the
/// store (<c>scoring_runs</c>, one row per day) and the flagged rows to <c>flagged_bookings</c> (the risk
/// list). Idempotent: a rerun for a day replaces that day's files (written to temporaries and renamed)
/// and rows, and the same inputs give the same bytes. A bad
/// extract fails before anything is replaced, so the previous outputs stay as they were.
/// </summary>
internal sealed class ScoringJob(DataFolders folders, Store store, FlaggedBookingStore flags, TimeProvider time, IOptions<DataOptions> data, IOptions<JobsOptions> options)
    : AttendanceJob(options)
{
    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var registry = new ModelRegistry(Settings.ModelRegistryPath(data.Value), time);
        var model = JobInputErrors.Translate(() => registry.ChampionDirectory)
            ?? throw new JobInputException($"no champion model in {registry.Root}: train one and promote it (attendance models promote)");
        var midnight = run.Date.ToDateTime(TimeOnly.MinValue);
        var request = new ScoringRequest
        {
            ModelDirectory = model,
            Bookings = [JobInputErrors.RequireExtract(folders.InboxFor("bookings"), "bookings")],
            History = [JobInputErrors.RequireExtract(folders.InboxFor("history"), "history")],
            Output = Path.Combine(folders.OutboxFor("scores", run.Date), "scores.parquet"),
            AsOf = new DateTimeOffset(midnight, Settings.Zone.GetUtcOffset(midnight)),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(request.Output)!);
        // The scorer is synchronous and CPU-bound: off the scheduler's thread.
        var summary = await Task.Run(() => JobInputErrors.Translate(() => new BatchScorer(time).Score(request, null, cancellationToken)), cancellationToken);
        // The flags first: the scoring_runs row is what makes the day's run the risk list's latest.
        await flags.ReplaceDayAsync(run.Date, request.Output, summary.Language, cancellationToken);
        await SaveAsync(run.Date, summary, cancellationToken);
        return new JobOutcome(summary.Rows, string.Create(CultureInfo.InvariantCulture,
            $"{summary.Rows} bookings scored with {summary.ModelVersion} as of {summary.AsOf:yyyy-MM-dd HH:mm} UTC; {summary.Flagged} flagged"));
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
