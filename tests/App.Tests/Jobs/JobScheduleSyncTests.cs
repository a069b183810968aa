using Attendance.App.Jobs;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Jobs;

/// <summary>The stored schedule follows the settings across restarts without undoing an administrator's pause.</summary>
[Collection(PostgresGroup.Name)]
public sealed class JobScheduleSyncTests(PostgresServer postgres)
{
    private static readonly JobDefinition Expiry = JobCatalog.Find(nameof(JobsOptions.OfferExpiry))!;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Restart_WithTheSameSchedule_KeepsThePause(string dialect)
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        using (var first = Start(store))
        {
            await first.Services.GetRequiredService<JobControl>().PauseAsync(Expiry, "ada", CancellationToken.None);
        }

        using var second = Start(store);
        var scheduler = await SchedulerAsync(second);

        Assert.Equal(TriggerState.Paused, await scheduler.GetTriggerState(Expiry.ScheduleKey, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Restart_WithAChangedCron_ReplacesTheScheduleAndKeepsThePause(string dialect)
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        using (var first = Start(store))
        {
            await first.Services.GetRequiredService<JobControl>().PauseAsync(Expiry, "ada", CancellationToken.None);
        }

        using var second = Start(store, new() { ["Jobs:OfferExpiry:Cron"] = "0 0 * * * ?" });
        var scheduler = await SchedulerAsync(second);
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(Expiry.ScheduleKey, CancellationToken.None))!;

        Assert.Equal("0 0 * * * ?", trigger.CronExpressionString);
        Assert.Equal("Europe/Copenhagen", trigger.TimeZone.Id);
        Assert.Equal(TriggerState.Paused, await scheduler.GetTriggerState(Expiry.ScheduleKey, CancellationToken.None));
    }

    [Fact]
    public async Task Disabled_RemovesTheSchedule_ButTheJobStaysAndCanBeTriggered()
    {
        var (_, store) = await TestStores.CreateAsync("sqlite", postgres);
        using (Start(store))
        {
        }

        using var second = Start(store, new() { ["Jobs:OfferExpiry:Enabled"] = "false" });
        var scheduler = await SchedulerAsync(second);
        var board = second.Services.GetRequiredService<JobBoard>();
        await second.Services.GetRequiredService<JobControl>().TriggerAsync(Expiry, "ada", null, CancellationToken.None);
        var runs = await Eventually.GetAsync(() => board.RunsAsync(Expiry.Key, 10, CancellationToken.None), runs => runs.Count == 1, "the manual run");

        Assert.Null(await scheduler.GetTrigger(Expiry.ScheduleKey, CancellationToken.None));
        Assert.True(await scheduler.Exists(Expiry.Key, CancellationToken.None));
        Assert.Null((await board.ReadAsync(CancellationToken.None)).Single(job => job.Definition == Expiry).Cron);
        Assert.True(runs[0].Manual);
    }

    private static AttendanceWebFactory Start(Store store, Dictionary<string, string?>? settings = null)
    {
        var factory = new AttendanceWebFactory(store, settings, systemClock: true);
        _ = factory.Server;
        return factory;
    }

    private static Task<IScheduler> SchedulerAsync(AttendanceWebFactory factory) =>
        factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None).AsTask();
}
