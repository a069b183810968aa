using System.Collections.Concurrent;
using Attendance.App.Jobs;
using Quartz;

namespace Attendance.App.Tests.Jobs;

/// <summary>Counts its runs per test (job data <c>test</c>) and item (<c>item</c>), so a test sees duplicates.</summary>
public sealed class CountingJob : IJob
{
    public static ConcurrentDictionary<(string Test, int Item), int> Runs { get; } = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var test = (string)context.MergedJobDataMap["test"]!;
        var item = Convert.ToInt32(context.MergedJobDataMap["item"], System.Globalization.CultureInfo.InvariantCulture);
        Runs.AddOrUpdate((test, item), 1, (_, count) => count + 1);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Always fails as a transient failure would (the database or a file went away).</summary>
public sealed class FailingJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        throw new IOException("the share went away");
}

/// <summary>A job whose input is bad, as <see cref="AttendanceJob"/>s report it.</summary>
internal sealed class BadInputJob(Microsoft.Extensions.Options.IOptions<JobsOptions> options) : AttendanceJob(options)
{
    protected override Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken) =>
        throw new JobInputException("bookings/part-0.parquet: column 'patient_id', row 17: looks like a CPR number");
}
