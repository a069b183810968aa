using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Attendance.App.Hosting;
using Attendance.App.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Attendance.Benchmarks.Jobs;

/// <summary>
/// Queues on-demand jobs on the <c>serve</c> host's scheduler, as configured for production, and
/// measures how fast they all complete and that none runs twice. Usage:
/// <c>jobs-load [--count 1000] [--store sqlite | postgres:CONNECTION]</c> (default SQLite in a temporary folder;
/// for PostgreSQL give an empty database).
/// </summary>
internal static class JobsLoadRun
{
    public static int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? "1000", CultureInfo.InvariantCulture);
        var data = Path.Combine(Path.GetTempPath(), $"attendance-jobs-load-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?>
        {
            ["Data:Directory"] = data,
            ["Store:Location"] = Option(args, "--store") is { } store && store != "sqlite" ? store : null,
        };
        var builder = AttendanceHost.CreateWebBuilder(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var app = AttendanceHost.BuildWeb(builder);
        AttendanceHost.PrepareAsync(app.Services, CancellationToken.None).GetAwaiter().GetResult();
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            return Measure(app.Services, count);
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(data, recursive: true);
        }
    }

    private static int Measure(IServiceProvider services, int count)
    {
        var scheduler = services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask().GetAwaiter().GetResult();
        var job = new JobKey("load", "benchmarks");
        scheduler.AddJob(JobBuilder.Create().OfType<CountingJob>().WithIdentity(job).StoreDurably(true).RequestRecovery(true).Build(),
            AddJobOptions.Replacing, CancellationToken.None).AsTask().GetAwaiter().GetResult();

        var clock = Stopwatch.StartNew();
        for (var item = 0; item < count; item++)
        {
            scheduler.TriggerJob(job, new JobDataMap { ["item"] = item }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        var queued = clock.Elapsed;
        while (CountingJob.Runs.Count < count && clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            Thread.Sleep(20);
        }
        var ran = clock.Elapsed;
        var history = services.GetRequiredService<IExecutionHistoryStore>();
        JobRunStatus? status = null;
        while (clock.Elapsed < ran + TimeSpan.FromSeconds(30) && status?.RunCount != count)
        {
            Thread.Sleep(100);
            status = history.GetJobRunStatus(scheduler.SchedulerName, job, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        var twice = CountingJob.Runs.Count(pair => pair.Value > 1);
        var missing = count - CountingJob.Runs.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} on-demand jobs: queued in {queued.TotalSeconds:0.00} s, all run after {ran.TotalSeconds:0.00} s ({count / ran.TotalSeconds:0} jobs/s), " +
            $"missing {missing}, run twice {twice}, history runs {status?.RunCount ?? 0}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return missing == 0 && twice == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>Counts its runs per item.</summary>
    internal sealed class CountingJob : IJob
    {
        public static ConcurrentDictionary<int, int> Runs { get; } = new();

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            var item = Convert.ToInt32(context.MergedJobDataMap["item"], CultureInfo.InvariantCulture);
            Runs.AddOrUpdate(item, 1, (_, runs) => runs + 1);
            return ValueTask.CompletedTask;
        }
    }
}
