using System.Globalization;
using Attendance.App.Audit;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>An administrator's hand on the jobs: trigger now, pause, resume — each in the audit log with who, when and what.</summary>
internal sealed class JobControl(ISchedulerFactory schedulers, AuditLog audit, TimeProvider time)
{
    /// <summary>Runs <paramref name="job"/> now, for <paramref name="date"/> or the current day.</summary>
    public async Task TriggerAsync(JobDefinition job, string actor, DateOnly? date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var data = new JobDataMap();
        var day = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (day is not null)
        {
            data.Add(AttendanceJob.DateKey, day);
        }
        await scheduler.TriggerJob(job.Key, data, cancellationToken);
        await AppendAsync(actor, JobAuditActions.Trigger, job, null, new { date = day ?? "today" }, cancellationToken);
    }

    /// <summary>Stops the schedule firing until resumed (a running firing finishes); records who paused it on the trigger too.</summary>
    public async Task PauseAsync(JobDefinition job, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.PauseJobWith(job.Key, new PauseDetails { Reason = "paused on the Jobs page", RequestedBy = actor }, cancellationToken);
        await AppendAsync(actor, JobAuditActions.Pause, job, new { state = "scheduled" }, new { state = "paused" }, cancellationToken);
    }

    public async Task ResumeAsync(JobDefinition job, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ResumeJob(job.Key, cancellationToken);
        await AppendAsync(actor, JobAuditActions.Resume, job, new { state = "paused" }, new { state = "scheduled" }, cancellationToken);
    }

    private Task AppendAsync(string actor, string action, JobDefinition job, object? before, object? after, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(time.GetUtcNow(), actor, action, job.Name, AuditLog.ToJson(before), AuditLog.ToJson(after)), cancellationToken);
}
