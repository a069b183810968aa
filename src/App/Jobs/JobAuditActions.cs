namespace Attendance.App.Jobs;

/// <summary>What the audit log records of the Jobs page's actions (subject: the job's name).</summary>
internal static class JobAuditActions
{
    public const string Trigger = "job.trigger";
    public const string Pause = "job.pause";
    public const string Resume = "job.resume";
}
