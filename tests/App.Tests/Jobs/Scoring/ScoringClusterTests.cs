using System.Diagnostics;
using Attendance.App.Jobs;
using Attendance.App.Jobs.Scoring;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Storage;
using Attendance.Scoring;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Jobs.Scoring;

/// <summary>Two <c>attendance serve</c> processes sharing one PostgreSQL and one data folder run the nightly fan-out; one is killed mid-partition.</summary>
[Collection(PostgresGroup.Name)]
public sealed class ScoringClusterTests(PostgresServer postgres, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task FanOut_NodeKilledMidPartition_TheOtherFinishesEveryPartitionExactlyOnceWithin20Seconds_AndAnOfferRoundUsesTheScores()
    {
        var (control, data) = await CreateControlAsync();
        using var _ = control;
        var scheduler = await control.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var board = control.Services.GetRequiredService<JobBoard>();
        var nodes = new List<Process>();
        try
        {
            nodes.Add(await StartNodeAsync(control, data));
            nodes.Add(await StartNodeAsync(control, data));
            await scheduler.TriggerJob(JobCatalog.Find(nameof(JobsOptions.Scoring))!.Key,
                new JobDataMap { [AttendanceJob.DateKey] = "2026-03-02", [ScoringJob.PauseKey] = "6" }, CancellationToken.None);

            // Four partitions, two job slots a node: all four started and none done means each node holds two
            // (a node picks up work triggered elsewhere within its 2 s poll, well inside the partitions' pause).
            await Eventually.GetAsync(() => ScoringJobTests.PartitionsAsync(control, Today),
                parts => parts.Count == 4 && parts.All(part => part is { Attempts: 1, State: "pending" }), "every partition to start", 60);
            nodes[0].Kill();
            var killedAt = Stopwatch.StartNew();
            await nodes[0].WaitForExitAsync();
            var parts = await Eventually.GetAsync(() => ScoringJobTests.PartitionsAsync(control, Today),
                parts => parts.All(part => part.State == "merged"), "the other node to finish the run", 60);
            var tookSeconds = killedAt.Elapsed.TotalSeconds;
            var round = await OfferRoundAsync(scheduler, board);

            Assert.True(tookSeconds < 20, $"finished {tookSeconds:0.0} s after the kill");
            Assert.All(parts, part => Assert.Equal(1, part.Completions));
            Assert.Equal([1, 1, 2, 2], parts.Select(part => part.Attempts).Order());
            var partitionRuns = (await board.RunsAsync(ScoringPartitionJob.Key, 20, CancellationToken.None)).Where(run => run.Result == JobRunResult.Succeeded).ToList();
            Assert.Equal(["partition 0 (", "partition 1 (", "partition 2 (", "partition 3 ("], partitionRuns.Select(run => run.Message![..13]).Order());
            var summaryRun = Assert.Single(await board.RunsAsync(ScoringSummaryJob.Key, 20, CancellationToken.None));
            var scores = Path.Combine(data, "outbox", "scores", "date=2026-03-02", "scores.parquet");
            var unpartitioned = Path.Combine(data, "unpartitioned", "scores.parquet");
            region.ScoreUnpartitioned(Path.Combine(data, "inbox"), Today, unpartitioned);
            Assert.Equal(await File.ReadAllBytesAsync(unpartitioned), await File.ReadAllBytesAsync(scores));
            Assert.Equal(await File.ReadAllTextAsync(ScoringSummary.PathBeside(unpartitioned)), await File.ReadAllTextAsync(ScoringSummary.PathBeside(scores)));
            Assert.Equal(partitionRuns.Sum(run => run.Rows), summaryRun.Rows);
            await using var connection = await control.Store.OpenAsync(CancellationToken.None);
            Assert.Equal(summaryRun.Rows, await connection.ExecuteScalarAsync<long>("SELECT bookings_scored FROM scoring_runs WHERE run_date = '2026-03-02'"));

            Assert.True(round.Result == JobRunResult.Succeeded, round.Message);
            Assert.True(round.Rows > 0, round.Message);
            Assert.Contains("scores: scores/date=2026-03-02/scores.parquet", round.Message, StringComparison.Ordinal);
            var slots = (await connection.QueryAsync<string>("SELECT slot_id FROM offers")).ToList();
            Assert.Equal(round.Rows, slots.Count);
            Assert.Equal(slots.Count, slots.Distinct().Count());
        }
        finally
        {
            foreach (var node in nodes.Where(node => !node.HasExited))
            {
                node.Kill();
            }
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Summary_KilledWhileWritingTheScores_LeavesNothingUnderTheFinalNames_AndTheRecoveredRunWritesTheBytesOfAnUninterruptedOne()
    {
        var (control, data) = await CreateControlAsync();
        using var _ = control;
        var scheduler = await control.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var day = Path.Combine(data, "outbox", "scores", "date=2026-03-02");
        var nodes = new List<Process>();
        try
        {
            nodes.Add(await StartNodeAsync(control, data));
            await scheduler.TriggerJob(JobCatalog.Find(nameof(JobsOptions.Scoring))!.Key,
                new JobDataMap { [AttendanceJob.DateKey] = "2026-03-02", [ScoringJob.PauseWriteKey] = "4" }, CancellationToken.None);
            var partial = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(day) ? Directory.GetFiles(day, ".scores.parquet.*.tmp") : []),
                files => files.Length == 1, "the summary to start writing", 90);
            nodes[0].Kill();
            await nodes[0].WaitForExitAsync();

            Assert.Equal([Path.GetFileName(partial[0])], Directory.GetFiles(day).Select(Path.GetFileName));
            Assert.All(await ScoringJobTests.PartitionsAsync(control, Today), part => Assert.Equal("done", part.State));

            nodes.Add(await StartNodeAsync(control, data));
            await Eventually.GetAsync(() => ScoringJobTests.PartitionsAsync(control, Today), parts => parts.All(part => part.State == "merged"), "the recovered summary", 60);

            var unpartitioned = Path.Combine(data, "unpartitioned", "scores.parquet");
            region.ScoreUnpartitioned(Path.Combine(data, "inbox"), Today, unpartitioned);
            Assert.Equal(["scores.parquet", "scores.summary.json"], Directory.GetFiles(day).Select(Path.GetFileName).Order());
            Assert.Equal(await File.ReadAllBytesAsync(unpartitioned), await File.ReadAllBytesAsync(Path.Combine(day, "scores.parquet")));
            Assert.Equal(await File.ReadAllTextAsync(ScoringSummary.PathBeside(unpartitioned)), await File.ReadAllTextAsync(Path.Combine(day, "scores.summary.json")));
        }
        finally
        {
            foreach (var node in nodes.Where(node => !node.HasExited))
            {
                node.Kill();
            }
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// A fresh PostgreSQL store and a data folder holding the region's extracts, with a cluster member that
    /// only triggers and reads the history: on standby, it never runs anything itself.
    /// </summary>
    private async Task<(AttendanceWebFactory Control, string Data)> CreateControlAsync()
    {
        var (_, store) = await TestStores.CreateAsync("postgres", postgres);
        var data = Path.Combine(Path.GetTempPath(), $"attendance-scoring-cluster-{Guid.NewGuid():N}");
        region.CopyExtractsTo(Path.Combine(data, "inbox"));
        var control = new AttendanceWebFactory(store, new Dictionary<string, string?>
        {
            ["Jobs:ClusterCheckinInterval"] = "00:00:02", ["Data:Directory"] = data, ["Jobs:ModelRegistry"] = region.Registry,
        }, systemClock: true);
        _ = control.Server;
        var scheduler = await control.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        await scheduler.Standby(CancellationToken.None);
        return (control, data);
    }

    /// <summary>A worker node on the control's store and the shared data folder.</summary>
    private Task<Process> StartNodeAsync(AttendanceWebFactory control, string data) =>
        ServeProcess.StartAsync(control.Store, data, $"Jobs:ModelRegistry={region.Registry}");

    private static async Task<JobRunView> OfferRoundAsync(IScheduler scheduler, JobBoard board)
    {
        var round = JobCatalog.Find(nameof(JobsOptions.OfferRound))!.Key;
        await scheduler.TriggerJob(round, new JobDataMap { [AttendanceJob.NowKey] = "2026-03-02T07:00:00+01:00" }, CancellationToken.None);
        var runs = await Eventually.GetAsync(() => board.RunsAsync(round, 10, CancellationToken.None),
            runs => runs.Count == 1 && runs[0].Result is JobRunResult.Succeeded or JobRunResult.Failed, "the offer round", 60);
        return runs[0];
    }
}
