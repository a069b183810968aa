using Quartz;

namespace Attendance.App.Jobs;

/// <summary>One job on the Jobs page: its schedule, whether it is paused (by whom), how its runs have gone.</summary>
/// <param name="Definition">The job.</param>
/// <param name="Cron">The schedule, or <see langword="null"/> when it is disabled (manual runs only).</param>
/// <param name="NextFire">When the schedule fires next; <see langword="null"/> when paused or disabled.</param>
/// <param name="Paused">Whether an administrator paused the schedule.</param>
/// <param name="Pause">Who paused the job and when, if it is paused.</param>
/// <param name="Status">Quartz's running tally for the job (kept beyond the trimmed history), if it ever ran.</param>
/// <param name="Runs">The latest runs, newest first.</param>
internal sealed record JobView(
    JobDefinition Definition,
    string? Cron,
    DateTimeOffset? NextFire,
    bool Paused,
    PauseInfo? Pause,
    JobRunStatus? Status,
    IReadOnlyList<JobRunView> Runs);
