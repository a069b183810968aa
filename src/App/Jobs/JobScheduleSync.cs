using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>
/// Brings the stored jobs and schedules in line with <see cref="JobCatalog"/> and the settings when
/// the host starts. A schedule whose cron and zone are unchanged is left as it is, so a pause an
/// administrator made survives restarts; a changed one is replaced (and stays paused if it was);
/// a disabled one is removed, leaving the job to be triggered by hand. Safe on several nodes at once.
/// </summary>
internal sealed partial class JobScheduleSync(ISchedulerFactory schedulers, IOptions<JobsOptions> options, ILogger<JobScheduleSync> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var job in JobCatalog.All)
        {
            await SyncAsync(scheduler, job, job.Schedule(options.Value), cancellationToken);
        }
        foreach (var step in JobCatalog.All.SelectMany(job => job.Steps))
        {
            var detail = JobBuilder.Create().OfType(step.JobType).WithIdentity(step.Key)
                .StoreDurably(true).RequestRecovery(true).DisallowConcurrentExecution(!step.Concurrent).Build();
            await scheduler.AddJob(detail, AddJobOptions.Replacing, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SyncAsync(IScheduler scheduler, JobDefinition job, JobSchedule schedule, CancellationToken cancellationToken)
    {
        // Durable: it stays when it has no schedule (disabled) and can be triggered by hand.
        // RequestRecovery: a firing on a node that died reruns on another (jobs are idempotent).
        var detail = JobBuilder.Create().OfType(job.JobType).WithIdentity(job.Key)
            .StoreDurably(true).RequestRecovery(true).DisallowConcurrentExecution(true).Build();
        await scheduler.AddJob(detail, AddJobOptions.Replacing, cancellationToken);

        var existing = await scheduler.GetTrigger(job.ScheduleKey, cancellationToken) as ICronTrigger;
        if (!schedule.Enabled)
        {
            if (existing is not null)
            {
                await scheduler.UnscheduleJob(job.ScheduleKey, cancellationToken);
            }
            LogDisabled(job.Name);
            return;
        }
        var zone = options.Value.Zone;
        if (existing is not null && existing.CronExpressionString == schedule.Cron && existing.TimeZone.Id == zone.Id && existing.MisfireInstruction == job.Misfire)
        {
            return;
        }
        var trigger = TriggerBuilder.Create(TimeProvider.System).WithIdentity(job.ScheduleKey).ForJob(job.Key)
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron).InTimeZone(zone).WithMisfireInstruction(job.Misfire))
            .Build();
        var paused = existing is not null && await scheduler.GetTriggerState(job.ScheduleKey, cancellationToken) == TriggerState.Paused;
        await scheduler.ScheduleTrigger(trigger, existing is null ? TriggerConflict.Keep : TriggerConflict.Replace, cancellationToken);
        if (paused)
        {
            await scheduler.PauseTrigger(job.ScheduleKey, cancellationToken);
        }
        LogScheduled(job.Name, schedule.Cron, zone.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job}: schedule disabled; it runs only when triggered")]
    private partial void LogDisabled(string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job}: scheduled '{Cron}' in {Zone}")]
    private partial void LogScheduled(string job, string cron, string zone);
}
