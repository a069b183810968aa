using Quartz;

namespace Attendance.App.Tests.Jobs;

/// <summary>Always fails as a transient failure would (the database or a file went away).</summary>
public sealed class FailingJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        throw new IOException("the share went away");
}
