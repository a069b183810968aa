using Attendance.App.Jobs;
using Attendance.App.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;

namespace Attendance.App.Tests.Jobs;

/// <summary>The scheduler as the host configures it, on both engines: on-demand runs, load, retries, failures.</summary>
[Collection(PostgresGroup.Name)]
public sealed class SchedulingTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DurableJob_TriggeredOnDemand_RunsExactlyOnce(string dialect)
    {
        using var factory = await CreateSutAsync(dialect);
        var (scheduler, test) = (await SchedulerAsync(factory), Guid.NewGuid().ToString("N"));
        var job = await AddDurableAsync<CountingJob>(scheduler);

        await scheduler.TriggerJob(job, new JobDataMap { ["test"] = test, ["item"] = 1 }, CancellationToken.None);
        var runs = await Eventually.GetAsync(() => RunsAsync(factory, job), runs => runs.Count >= 1, "the run in the history");
        await Task.Delay(1_000);

        Assert.Equal(1, CountingJob.Runs[(test, 1)]);
        Assert.Single(await RunsAsync(factory, job));
        Assert.Equal(JobRunResult.Succeeded, runs[0].EffectiveResult);
        Assert.True(runs[0].Manual);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TwoHundredQueuedJobs_AllComplete_NoneTwice(string dialect)
    {
        const int count = 200;
        using var factory = await CreateSutAsync(dialect);
        var (scheduler, test) = (await SchedulerAsync(factory), Guid.NewGuid().ToString("N"));
        var job = await AddDurableAsync<CountingJob>(scheduler);

        for (var item = 0; item < count; item++)
        {
            await scheduler.TriggerJob(job, new JobDataMap { ["test"] = test, ["item"] = item }, CancellationToken.None);
        }
        await Eventually.GetAsync(() => Task.FromResult(CountingJob.Runs.Keys.Count(key => key.Test == test)), done => done == count, "every job to run", 90);
        var status = await Eventually.GetAsync(() => StatusAsync(factory, job), status => status?.RunCount == count, "every run recorded", 30);

        Assert.All(Enumerable.Range(0, count), item => Assert.Equal(1, CountingJob.Runs[(test, item)]));
        Assert.Equal(0, status!.FailureCount);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task FailingJob_RetriesWithGrowingBackOff_ThenExhaustionIsTheFinalWordInTheHistory(string dialect)
    {
        using var factory = await CreateSutAsync(dialect);
        var scheduler = await SchedulerAsync(factory);
        var job = await AddDurableAsync<FailingJob>(scheduler);

        await scheduler.TriggerJob(job, new JobDataMap(), CancellationToken.None);
        var runs = await Eventually.GetAsync(() => RunsAsync(factory, job), runs => runs.Any(run => !run.RetryScheduled), "the final failure", 60);
        var status = await StatusAsync(factory, job);

        // Newest first: the first firing and two retries (Jobs:RetryAttempts=2), each failed.
        var attempts = runs.Reverse().ToList();
        Assert.Equal([0, 1, 2], attempts.Select(run => run.RetryAttempt));
        Assert.All(attempts, run => Assert.Equal(JobRunResult.Failed, run.EffectiveResult));
        Assert.All(attempts, run => Assert.Equal("the share went away", run.ExceptionMessage));
        Assert.Equal([true, true, false], attempts.Select(run => run.RetryScheduled));
        // Back-off: 1 s, then 2 s (±10 % jitter).
        var firstWait = attempts[1].FiredAtUtc - attempts[0].FiredAtUtc;
        var secondWait = attempts[2].FiredAtUtc - attempts[1].FiredAtUtc;
        Assert.InRange(firstWait.TotalSeconds, 0.85, 10);
        Assert.InRange(secondWait.TotalSeconds, 1.75, 10);
        Assert.True(secondWait > firstWait, $"waits {firstWait} then {secondWait}");
        Assert.Equal(1, status!.ConsecutiveFailures);
        Assert.Equal(1, status.FailureCount);
        Assert.Equal("the share went away", status.LastFailureMessage);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BadInput_FailsOnceWithTheValidationMessage_NotRetried(string dialect)
    {
        using var factory = await CreateSutAsync(dialect);
        var scheduler = await SchedulerAsync(factory);
        var job = await AddDurableAsync<BadInputJob>(scheduler);

        await scheduler.TriggerJob(job, new JobDataMap(), CancellationToken.None);
        var runs = await Eventually.GetAsync(() => RunsAsync(factory, job), runs => runs.Count >= 1, "the failed run");
        await Task.Delay(2_500);

        var run = Assert.Single(await RunsAsync(factory, job));
        Assert.Equal(JobRunResult.Failed, run.EffectiveResult);
        Assert.False(run.RetryScheduled);
        Assert.Equal("bookings/part-0.parquet: column 'patient_id', row 17: looks like a CPR number", run.Summary);
        Assert.Equal(run.Summary, (await StatusAsync(factory, job))!.LastFailureMessage);
    }

    [Fact]
    public async Task Stop_WaitsForTheRunningJobToFinish()
    {
        var marks = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"attendance-stop-{Guid.NewGuid():N}")).FullName;
        var factory = await CreateSutAsync("sqlite");
        var scheduler = await SchedulerAsync(factory);
        var job = await AddDurableAsync<SlowJob>(scheduler);
        await scheduler.TriggerJob(job, new JobDataMap { ["marks"] = marks }, CancellationToken.None);
        await Eventually.GetAsync(() => Task.FromResult(Directory.GetFiles(marks, "started-*").Length), started => started == 1, "the job to start");

        await factory.DisposeAsync();

        Assert.Single(Directory.GetFiles(marks, "finished-*"));
        Directory.Delete(marks, recursive: true);
    }

    internal static Dictionary<string, string?> FastRetries => new()
    {
        ["Jobs:RetryAttempts"] = "2",
        ["Jobs:RetryInitialDelay"] = "00:00:01",
        ["Jobs:RetryMaxDelay"] = "00:00:10",
    };

    private async Task<AttendanceWebFactory> CreateSutAsync(string dialect)
    {
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, FastRetries, systemClock: true);
        _ = factory.Server;
        return factory;
    }

    private static Task<IScheduler> SchedulerAsync(AttendanceWebFactory factory) =>
        factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None).AsTask();

    private static async Task<JobKey> AddDurableAsync<T>(IScheduler scheduler)
        where T : IJob
    {
        var key = new JobKey(typeof(T).Name + "-" + Guid.NewGuid().ToString("N")[..8], "tests");
        await scheduler.AddJob(JobBuilder.Create().OfType<T>().WithIdentity(key).StoreDurably(true).RequestRecovery(true).Build(),
            AddJobOptions.Replacing, CancellationToken.None);
        return key;
    }

    private static async Task<IReadOnlyList<ExecutionHistoryEntry>> RunsAsync(AttendanceWebFactory factory, JobKey job) =>
        (await factory.Services.GetRequiredService<IExecutionHistoryStore>().QueryExecutions(
            new ExecutionHistoryQuery { SchedulerName = JobsExtensions.SchedulerName, Job = job, Take = PagedQuery.All }, CancellationToken.None)).Items;

    private static async Task<JobRunStatus?> StatusAsync(AttendanceWebFactory factory, JobKey job) =>
        await factory.Services.GetRequiredService<IExecutionHistoryStore>().GetJobRunStatus(JobsExtensions.SchedulerName, job, CancellationToken.None);
}
