using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.App.Storage;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Training.Registry;
using Microsoft.Extensions.Options;
using Quartz;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Nightly scoring, fanned out so that cluster nodes share the work. This job validates the bookings
/// extract (one full read, so a bad extract fails here, visibly, before anything is replaced), pins the
/// registry's champion, splits the departments into partitions (<see cref="ScoringPartitionPlan"/>,
/// at most <see cref="JobsOptions.ScoringPartitions"/> on a cluster, one on SQLite), records them as a new run of the day in
/// <c>scoring_partitions</c> and triggers one <see cref="ScoringPartitionJob"/> per partition; the last
/// to finish triggers <see cref="ScoringSummaryJob"/>, which writes the day's
/// <c>outbox/scores/date=…/scores.parquet</c> and summary and the <c>scoring_runs</c> row. Until then the
/// day's previous outputs stay as they were; a rerun supersedes an unfinished run.
/// </summary>
internal sealed class ScoringJob(DataFolders folders, Store store, ScoringPartitions partitions, ISchedulerFactory schedulers, TimeProvider time,
    IOptions<DataOptions> data, IOptions<JobsOptions> options)
    : AttendanceJob(options)
{
    /// <summary>
    /// Test seams (job data, seconds): a partition waits <see cref="PauseKey"/> before scoring, the summarising
    /// step <see cref="PauseWriteKey"/> after writing its first rows, so a test can kill the process there;
    /// a recovered firing does not wait. Never set in production.
    /// </summary>
    public const string PauseKey = "pause", PauseWriteKey = "pause-write";

    /// <summary>Job data of the steps: the run (<see cref="ScoringPartition.RunId"/>) and the partition number.</summary>
    public const string RunKey = "run", PartitionKey = "partition";

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var registry = new ModelRegistry(Settings.ModelRegistryPath(data.Value), time);
        var model = JobInputErrors.Translate(() => registry.ChampionDirectory)
            ?? throw new JobInputException($"no champion model in {registry.Root}: train one and promote it (attendance models promote)");
        var bookings = JobInputErrors.RequireExtract(folders.InboxFor("bookings"), "bookings");
        JobInputErrors.RequireExtract(folders.InboxFor("history"), "history");
        var counts = await Task.Run(() => JobInputErrors.Translate(() => BookingsPerDepartment(bookings, cancellationToken)), cancellationToken);
        // One process (SQLite) gains nothing from splitting: the scorer already uses every core.
        var plan = ScoringPartitionPlan.Assign(counts, store.Dialect == StoreDialect.Postgres ? Settings.ScoringPartitions : 1);
        var runId = Guid.NewGuid().ToString("N");
        await partitions.StartRunAsync(run.Date, runId, model, plan, cancellationToken);
        ScoringStaging.Clean(folders, run.Date);

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        for (var number = 0; number < plan.Count; number++)
        {
            await scheduler.TriggerJob(ScoringPartitionJob.Key, StepData(run, runId, number), cancellationToken);
        }
        var total = plan.Sum(part => part.Bookings);
        return new JobOutcome(total, string.Create(CultureInfo.InvariantCulture,
            $"{total} bookings of {counts.Count} departments in {plan.Count} partitions with {Path.GetFileName(model)}; run {runId[..8]}"));
    }

    /// <summary>The job data of a step of run <paramref name="runId"/>: the day, the run, the partition (if any), and the test seam passed on.</summary>
    public static JobDataMap StepData(JobRun run, string runId, int? partition)
    {
        ArgumentNullException.ThrowIfNull(run);
        var map = new JobDataMap
        {
            [DateKey] = run.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [RunKey] = runId,
        };
        if (partition is { } number)
        {
            map[PartitionKey] = number.ToString(CultureInfo.InvariantCulture);
        }
        foreach (var key in new[] { PauseKey, PauseWriteKey })
        {
            if (run.Data.TryGetValue(key, out var pause) && pause is string seconds)
            {
                map[key] = seconds;
            }
        }
        return map;
    }

    /// <summary>Waits as the test seam <paramref name="key"/> says (no wait without it; see <see cref="PauseKey"/>).</summary>
    public static Task PauseAsync(JobRun run, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return !run.Recovering && run.Data.TryGetValue(key, out var value) && value is string seconds
            ? Task.Delay(TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)), cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>A step's job data value; missing, the step was not triggered by a scoring run (an input error).</summary>
    public static string Required(JobRun run, string key)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Data.TryGetValue(key, out var value) && value is string { Length: > 0 } text
            ? text
            : throw new JobInputException($"job data '{key}' missing: this step runs only as part of a scoring run (run the Scoring job)");
    }

    /// <summary>The moment a day is scored as of: its midnight in the jobs' zone.</summary>
    public static DateTimeOffset AsOf(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    /// <summary>Reads the whole extract as the scorer will (every contract check, the CPR guard) and counts bookings per department.</summary>
    private static Dictionary<string, long> BookingsPerDepartment(string bookings, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var batch in DataFiles.OpenBookings(bookings).ReadBatches(cancellationToken))
        {
            var departments = batch.Find<string?>(Columns.Department);
            for (var row = 0; row < batch.Count; row++)
            {
                var key = departments?.Values[row] ?? ScoringPartitionPlan.NullDepartment;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }
}
