namespace Attendance.App.Jobs;

/// <summary>One run of a job.</summary>
/// <param name="Date">The business day in the jobs' time zone that the run works for (its outputs go under
/// <c>date=…</c>): the scheduled day, or the <c>date</c> a manual trigger gave.</param>
internal sealed record JobRun(DateOnly Date);
