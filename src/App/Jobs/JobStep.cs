using Quartz;

namespace Attendance.App.Jobs;

/// <summary>
/// A step of a fanned-out job (e.g. one scoring partition), triggered only by that job with its part in the
/// job data: no schedule of its own; its runs are listed with the job's on the Jobs page.
/// </summary>
/// <param name="Key">The step's Quartz job.</param>
/// <param name="JobType">The <see cref="AttendanceJob"/> that does the work.</param>
/// <param name="Concurrent">Whether several runs of the step may run at once (on one node or several).</param>
/// <param name="Title">The step's name on the Jobs page, in the request's language.</param>
internal sealed record JobStep(JobKey Key, Type JobType, bool Concurrent, Func<string> Title);
