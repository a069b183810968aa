using System.Diagnostics;
using System.Globalization;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Jobs;

/// <summary>Two <c>attendance serve</c> processes sharing one PostgreSQL: a node killed mid-job, the other finishes it.</summary>
[Collection(PostgresGroup.Name)]
public sealed class ClusterTests(PostgresServer postgres)
{
    [Fact]
    public async Task KillNodeMidJob_TheOtherNodeRecoversAndFinishesItOnceWithin20Seconds()
    {
        var (_, store) = await TestStores.CreateAsync("postgres", postgres);
        var marks = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"attendance-cluster-{Guid.NewGuid():N}")).FullName;
        // A third member only to schedule the job: on standby, it never runs anything itself.
        using var control = new AttendanceWebFactory(store, new Dictionary<string, string?> { ["Jobs:ClusterCheckinInterval"] = "00:00:02" }, systemClock: true);
        _ = control.Server;
        var scheduler = await control.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        await scheduler.Standby(CancellationToken.None);
        using var first = await StartNodeAsync(store, marks);
        using var second = await StartNodeAsync(store, marks);
        var nodes = new[] { first, second };
        try
        {
            var job = new JobKey("slow-" + Guid.NewGuid().ToString("N")[..8], "tests");
            await scheduler.AddJob(JobBuilder.Create().OfType<SlowJob>().WithIdentity(job).StoreDurably(true).RequestRecovery(true).Build(),
                AddJobOptions.Replacing, CancellationToken.None);
            await scheduler.TriggerJob(job, new JobDataMap { ["marks"] = marks }, CancellationToken.None);

            var started = await Eventually.GetAsync(() => Task.FromResult(Marks(marks, "started")), found => found.Count == 1, "a node to start the job", 30);
            var victim = nodes.Single(node => node.Id == started[0].Pid);
            var survivor = nodes.Single(node => node != victim);
            victim.Kill();
            var killedAt = Stopwatch.StartNew();
            await victim.WaitForExitAsync();
            var finished = await Eventually.GetAsync(() => Task.FromResult(Marks(marks, "finished")), found => found.Count >= 1, "the other node to finish the job", 40);
            var tookSeconds = killedAt.Elapsed.TotalSeconds;
            await Task.Delay(3_000);

            var done = Assert.Single(Marks(marks, "finished"));
            Assert.Equal(survivor.Id, done.Pid);
            Assert.True(done.Recovering, "the rerun is the recovery of the killed firing");
            Assert.True(tookSeconds < 20, $"finished {tookSeconds:0.0} s after the kill");
            Assert.Equal(2, Marks(marks, "started").Count);
        }
        finally
        {
            foreach (var node in nodes.Where(node => !node.HasExited))
            {
                node.Kill();
            }
            Directory.Delete(marks, recursive: true);
        }
    }

    private static Task<Process> StartNodeAsync(Attendance.App.Storage.Store store, string marks) =>
        ServeProcess.StartAsync(store, Path.Combine(marks, "data-" + Guid.NewGuid().ToString("N")));

    private static List<(int Pid, bool Recovering)> Marks(string folder, string what) =>
        Directory.GetFiles(folder, what + "-*").Select(file => Path.GetFileName(file).Split('-'))
            .Select(parts => (int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2] == "recovering")).ToList();
}
