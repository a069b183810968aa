using Attendance.App.Jobs;

namespace Attendance.App.Tests.Jobs;

/// <summary>A job whose input is bad, as <see cref="AttendanceJob"/>s report it.</summary>
internal sealed class BadInputJob(Microsoft.Extensions.Options.IOptions<JobsOptions> options) : AttendanceJob(options)
{
    protected override Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken) =>
        throw new JobInputException("bookings/part-0.parquet: column 'patient_id', row 17: looks like a CPR number");
}
