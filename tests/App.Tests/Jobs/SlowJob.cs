using Quartz;

namespace Attendance.App.Tests.Jobs;

/// <summary>Takes 4 s, marking in a folder (job data <c>marks</c>) which process started and finished it and whether it was a recovery.</summary>
public sealed class SlowJob : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var marks = (string)context.MergedJobDataMap["marks"]!;
        var name = $"{Environment.ProcessId}-{(context.Recovering ? "recovering" : "first")}-{Guid.NewGuid():N}";
        await File.WriteAllTextAsync(Path.Combine(marks, "started-" + name), "", CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(4), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(marks, "finished-" + name), "", CancellationToken.None);
    }
}
