using Quartz;

namespace Attendance.App.Jobs;

/// <summary>
/// One of Attendance's jobs: its key (its name is also its settings section under <c>Jobs</c>), type,
/// schedule and what a missed firing means.
/// </summary>
/// <param name="Name">The job's key name and settings name, e.g. <c>OfferExpiry</c>.</param>
/// <param name="JobType">The <see cref="AttendanceJob"/> that does the work.</param>
/// <param name="Schedule">Picks the job's schedule from the settings.</param>
/// <param name="Misfire">What to do when the scheduler was down at a firing time (see <see cref="JobCatalog"/>).</param>
/// <param name="Title">The job's name on the Jobs page, in the request's language.</param>
internal sealed record JobDefinition(
    string Name,
    Type JobType,
    Func<JobsOptions, JobSchedule> Schedule,
    CronTriggerMisfireInstruction Misfire,
    Func<string> Title)
{
    public JobKey Key => new(Name, JobCatalog.Group);

    /// <summary>The steps the job fans out into, if any.</summary>
    public IReadOnlyList<JobStep> Steps { get; init; } = [];

    /// <summary>The trigger that fires the job on its schedule (manual firings get triggers of their own).</summary>
    public TriggerKey ScheduleKey => new(Name, JobCatalog.Group);
}
