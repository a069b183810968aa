using System.Collections.Concurrent;
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
