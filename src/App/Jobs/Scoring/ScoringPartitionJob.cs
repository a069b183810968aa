using System.Globalization;
using Attendance.App.Files;
using Attendance.Scoring;
using Microsoft.Extensions.Options;
using Quartz;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// One partition of a day's scoring run (<see cref="ScoringJob"/>): scores the bookings of its departments
/// with the pinned champion, the whole history and the whole bookings extract read (so each patient's
/// upcoming bookings count as in one run over all) into its staging file, written atomically, then marks
/// itself done; the last partition of the run to do so triggers <see cref="ScoringSummaryJob"/>. A partition
/// of a superseded run, or one done already (a recovered rerun), scores nothing.
/// </summary>
internal sealed class ScoringPartitionJob(DataFolders folders, ScoringPartitions partitions, ISchedulerFactory schedulers, TimeProvider time,
    IOptions<JobsOptions> options)
    : AttendanceJob(options)
{
    public static JobKey Key { get; } = new("ScoringPartition", JobCatalog.Group);

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runId = ScoringJob.Required(run, ScoringJob.RunKey);
        var number = int.Parse(ScoringJob.Required(run, ScoringJob.PartitionKey), CultureInfo.InvariantCulture);
        var node = (await schedulers.GetScheduler(cancellationToken)).SchedulerInstanceId;
        var partition = await partitions.BeginAsync(run.Date, number, runId, node, cancellationToken);
        if (partition is null)
        {
            return new JobOutcome(0, $"partition {number}: run {runId[..8]} was superseded by a newer run of the day; nothing done");
        }
        if (partition.State == ScoringPartition.Pending)
        {
            await ScoringJob.PauseAsync(run, ScoringJob.PauseKey, cancellationToken);
            var request = new ScoringRequest
            {
                ModelDirectory = partition.ModelDirectory,
                Bookings = [JobInputErrors.RequireExtract(folders.InboxFor("bookings"), "bookings")],
                History = [JobInputErrors.RequireExtract(folders.InboxFor("history"), "history")],
                Output = ScoringStaging.PartitionFile(folders, run.Date, runId, number),
                AsOf = ScoringJob.AsOf(run.Date, Settings.Zone),
                Departments = new HashSet<string?>(partition.Departments, StringComparer.Ordinal),
            };
            // The scorer is synchronous and CPU-bound: off the scheduler's thread.
            var summary = await Task.Run(() => JobInputErrors.Translate(() => new BatchScorer(time).Score(request, null, cancellationToken)), cancellationToken);
            await CompleteAsync(run, runId, number, summary.Rows, node, cancellationToken);
            return new JobOutcome(summary.Rows, string.Create(CultureInfo.InvariantCulture,
                $"partition {number} ({string.Join(", ", partition.Departments.Select(d => d ?? "–"))}): {summary.Rows} bookings scored, {summary.Flagged} flagged"));
        }
        await CompleteAsync(run, runId, number, 0, node, cancellationToken);
        return new JobOutcome(0, $"partition {number}: already {partition.State}; nothing scored again");
    }

    private async Task CompleteAsync(JobRun run, string runId, int number, long rows, string node, CancellationToken cancellationToken)
    {
        if (await partitions.CompleteAsync(run.Date, number, runId, rows, node, cancellationToken))
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(ScoringSummaryJob.Key, ScoringJob.StepData(run, runId, null), cancellationToken);
        }
    }
}
