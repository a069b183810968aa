using Attendance.App.Jobs.Models;
using Attendance.App.Storage;
using Dapper;
using Quartz;
using Quartz.Extensibility;

namespace Attendance.App.Jobs;

/// <summary>
/// What the Jobs page shows, read from the scheduler (schedules, pauses, next firings) and from
/// Quartz's execution history in the store, which every node of a cluster writes and reads.
/// </summary>
internal sealed class JobBoard(ISchedulerFactory schedulers, IExecutionHistoryStore history, Store store)
{
    /// <summary>Runs shown per job.</summary>
    public const int RunsPerJob = 10;

    public async Task<IReadOnlyList<JobView>> ReadAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var views = new List<JobView>(JobCatalog.All.Count);
        foreach (var job in JobCatalog.All)
        {
            views.Add(await ReadAsync(scheduler, job, cancellationToken));
        }
        return views;
    }

    /// <summary>The latest runs of one job, newest first.</summary>
    public async Task<IReadOnlyList<JobRunView>> RunsAsync(JobKey job, int count, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var page = await history.QueryExecutions(
            new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = job, Take = count }, cancellationToken);
        return page.Items.Select(JobRunView.From).ToList();
    }

    /// <summary>The calibration monitor's latest finding, if it ever ran.</summary>
    public async Task<CalibrationCheck?> LatestCalibrationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Date, bool Degraded, string Summary)?>(new CommandDefinition(
            "SELECT check_date, degraded, summary FROM calibration_checks ORDER BY check_date DESC LIMIT 1", cancellationToken: cancellationToken));
        return row is { } found ? new CalibrationCheck(found.Date, found.Degraded, found.Summary) : null;
    }

    private async Task<JobView> ReadAsync(IScheduler scheduler, JobDefinition job, CancellationToken cancellationToken)
    {
        var trigger = (await scheduler.QueryTriggers(new TriggerQuery { Job = job.Key, Take = PagedQuery.All }, cancellationToken)).Items
            .FirstOrDefault(header => header.Key.Equals(job.ScheduleKey));
        var cron = trigger is null ? null : (await scheduler.GetTrigger(trigger.Key, cancellationToken) as ICronTrigger)?.CronExpressionString;
        var paused = trigger?.State == TriggerState.Paused;
        var status = await history.GetJobRunStatus(scheduler.SchedulerName, job.Key, cancellationToken);
        var runs = (await RunsAsync(job.Key, RunsPerJob, cancellationToken)).ToList();
        foreach (var step in job.Steps)
        {
            runs.AddRange((await RunsAsync(step.Key, RunsPerJob, cancellationToken)).Select(run => run with { Step = step.Title() }));
        }
        return new JobView(job, cron, paused ? null : trigger?.NextFireTimeUtc, paused, trigger?.Pause, status,
            [.. runs.OrderByDescending(run => run.FiredAt).Take(RunsPerJob * (1 + job.Steps.Count))]);
    }
}
