using Quartz;

namespace Attendance.App.Jobs;

/// <summary>One run of a job.</summary>
/// <param name="Date">The business day in the jobs' time zone that the run works for (its outputs go under
/// <c>date=…</c>): the scheduled day, or the <c>date</c> (else the day of <c>now</c>) a manual trigger gave.</param>
/// <param name="Now">The moment the run works as of: when it fired, or the <c>now</c> a manual trigger gave.</param>
internal sealed record JobRun(DateOnly Date, DateTimeOffset Now)
{
    /// <summary>The job and trigger data of the firing (steps of a fanned-out job find their part in it).</summary>
    public JobDataMap Data { get; init; } = new();

    /// <summary>Whether this firing reruns one that a dead node (or a killed process) left unfinished.</summary>
    public bool Recovering { get; init; }
}
