namespace Attendance.App.Jobs;

/// <summary>When one job runs on its own (section <c>Jobs:&lt;Job&gt;</c>); on demand it runs whatever this says.</summary>
internal sealed class JobSchedule
{
    /// <summary>Whether the schedule fires. A disabled job stays on the Jobs page and can still be triggered.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A Quartz cron expression (seconds first) in <see cref="JobsOptions.TimeZone"/>, e.g. <c>0 0 2 * * ?</c>.</summary>
    public string Cron { get; set; } = "";
}
