using Attendance.App.Jobs;
using Attendance.App.Jobs.Scoring;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Attendance.Parquet;
using Attendance.Scoring;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Jobs.Scoring;

[Collection(PostgresGroup.Name)]
public sealed class ScoringJobTests(PostgresServer postgres, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    private static readonly JobDefinition Scoring = JobCatalog.Find(nameof(JobsOptions.Scoring))!;
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Scoring_ForADay_FansOutAndWritesTheBytesOfOneUnpartitionedRun_AndARerunReplacesThemWithTheSameBytes(string dialect)
    {
        var (factory, data) = await CreateSutAsync(dialect);
        using var _ = factory;

        var first = await RunAsync(factory, Today, expectedRuns: 1);
        var scores = Path.Combine(data, "outbox", "scores", "date=2026-03-02", "scores.parquet");
        var bytes = await File.ReadAllBytesAsync(scores);
        var summary = await File.ReadAllTextAsync(ScoringSummary.PathBeside(scores));
        var partitions = await PartitionsAsync(factory, Today);
        var second = await RunAsync(factory, Today, expectedRuns: 2);

        Assert.Equal(JobRunResult.Succeeded, first.Result);
        Assert.True(first.Rows > 0, first.Message);
        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(dialect == "sqlite" ? 1 : 4, partitions.Count);
        Assert.All(partitions, partition => Assert.Equal(("merged", 1L, 1L), (partition.State, partition.Attempts, partition.Completions)));
        var unpartitioned = Path.Combine(data, "unpartitioned", "scores.parquet");
        region.ScoreUnpartitioned(Path.Combine(data, "inbox"), Today, unpartitioned);
        Assert.Equal(await File.ReadAllBytesAsync(unpartitioned), bytes);
        Assert.Equal(await File.ReadAllTextAsync(ScoringSummary.PathBeside(unpartitioned)), summary);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(scores));
        Assert.Equal(summary, await File.ReadAllTextAsync(ScoringSummary.PathBeside(scores)));
        Assert.Equal(["scores.parquet", "scores.summary.json"], Directory.GetFiles(Path.GetDirectoryName(scores)!).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(data, "outbox", ".staging", "scores", "date=2026-03-02")));
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(string Date, long Rows)>("SELECT run_date, bookings_scored FROM scoring_runs")).ToList();
        Assert.Equal([("2026-03-02", ScoringSummary.Load(ScoringSummary.PathBeside(scores)).Rows)], stored);
    }

    [Theory]
    [InlineData("cpr")]
    [InlineData("schema")]
    public async Task Scoring_BadBookingsExtract_FailsTheFanOutWithTheValidationMessage_AndLeavesThePreviousDaysOutputsUntouched(string bad)
    {
        var (factory, data) = await CreateSutAsync("sqlite");
        using var _ = factory;
        var yesterday = Today.AddDays(-1);
        await RunAsync(factory, yesterday, expectedRuns: 1);
        var previous = Path.Combine(data, "outbox", "scores", "date=2026-03-01");
        var before = Snapshot(previous);
        var inbox = Path.Combine(data, "inbox");
        var (path, message) = bad == "cpr"
            ? (ScoringRegion.ReplaceBookings(inbox, region.Bookings.Select((booking, i) => i == 4 ? booking with { PatientId = "150390-1234" } : booking)),
                ", column patient_id, row 5: value looks like a Danish CPR number")
            : (WriteWithTwoColumns(inbox), ", column ");

        var failed = await RunAsync(factory, Today, expectedRuns: 2);

        Assert.Equal(JobRunResult.Failed, failed.Result);
        Assert.False(failed.RetryScheduled);
        Assert.StartsWith(path + message, failed.Message, StringComparison.Ordinal);
        Assert.Contains(bad == "cpr" ? "value looks like a Danish CPR number" : ": required column is missing from table bookings", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("150390", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(previous));
        Assert.False(Directory.Exists(Path.Combine(data, "outbox", "scores", "date=2026-03-02")));
        Assert.Empty(await PartitionsAsync(factory, Today));
    }

    [Fact]
    public async Task Scoring_BadHistory_FailsThePartitionsWithTheValidationMessage_AndMergesNothing()
    {
        var (factory, data) = await CreateSutAsync("postgres");
        using var _ = factory;
        var history = Directory.GetFiles(Path.Combine(data, "inbox", "history"), "*.parquet")[0];
        await File.WriteAllBytesAsync(history, [.. "PAR1"u8, 1, 2, 3]);

        var fanned = await RunAsync(factory, Today, expectedRuns: 1, waitForMerge: false);
        var board = factory.Services.GetRequiredService<JobBoard>();
        var failed = await Eventually.GetAsync(() => board.RunsAsync(ScoringPartitionJob.Key, 10, CancellationToken.None),
            runs => runs.Count(run => run.Result == JobRunResult.Failed) == 4, "every partition to fail", 120);

        Assert.Equal(JobRunResult.Succeeded, fanned.Result);
        Assert.All(failed, run => Assert.Contains(history, run.Message, StringComparison.Ordinal));
        Assert.All(failed, run => Assert.False(run.RetryScheduled));
        Assert.All(await PartitionsAsync(factory, Today), partition => Assert.Equal("pending", partition.State));
        Assert.Empty(await board.RunsAsync(ScoringSummaryJob.Key, 10, CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(data, "outbox", "scores", "date=2026-03-02")));
        await factory.AddUserAsync("ada", [Roles.Planner]);
        var planner = factory.CreateBrowser();
        Assert.True((await planner.SignInAsync("ada")).IsSignInSuccess());
        Assert.Contains($"<td class=\"message\">Partition: {history}", await planner.GetStringAsync(new Uri("/jobs", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_NoBookingsExtract_FailsNamingTheFolder()
    {
        var (factory, data) = await CreateSutAsync("sqlite");
        using var _ = factory;
        Directory.Delete(Path.Combine(data, "inbox", "bookings"), recursive: true);

        var failed = await RunAsync(factory, Today, expectedRuns: 1, waitForMerge: false);

        Assert.Equal(JobRunResult.Failed, failed.Result);
        Assert.StartsWith("inbox/bookings: no Parquet files in ", failed.Message, StringComparison.Ordinal);
    }

    private async Task<(AttendanceWebFactory Factory, string Data)> CreateSutAsync(string dialect)
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-scoring-job-{Guid.NewGuid():N}");
        region.CopyExtractsTo(Path.Combine(data, "inbox"));
        var settings = new Dictionary<string, string?>(SchedulingTests.FastRetries)
        {
            ["Data:Directory"] = data,
            ["Jobs:ModelRegistry"] = region.Registry,
        };
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, settings, systemClock: true);
        _ = factory.Server;
        return (factory, data);
    }

    /// <summary>Triggers the day's scoring and waits for its fan-out (the newest run) and, when it succeeded, for the merge.</summary>
    internal static async Task<JobRunView> RunAsync(AttendanceWebFactory factory, DateOnly date, int expectedRuns, bool waitForMerge = true)
    {
        await factory.Services.GetRequiredService<JobControl>().TriggerAsync(Scoring, "ada", date, CancellationToken.None);
        var board = factory.Services.GetRequiredService<JobBoard>();
        var runs = await Eventually.GetAsync(() => board.RunsAsync(Scoring.Key, 10, CancellationToken.None), runs => runs.Count >= expectedRuns, "the scoring run", 120);
        if (waitForMerge && runs[0].Result == JobRunResult.Succeeded)
        {
            await Eventually.GetAsync(() => PartitionsAsync(factory, date), parts => parts.Count > 0 && parts.All(part => part.State == "merged"), "the merge", 120);
        }
        return runs[0];
    }

    internal static async Task<List<(int Number, string State, long Attempts, long Completions)>> PartitionsAsync(AttendanceWebFactory factory, DateOnly date)
    {
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<(int, string, long, long)>(
            "SELECT partition_no, state, attempts, completions FROM scoring_partitions WHERE run_date = @date ORDER BY partition_no",
            new { date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })];
    }

    /// <summary>Replaces the bookings extract with a file of only two of its columns; returns its path.</summary>
    private static string WriteWithTwoColumns(string inbox)
    {
        var folder = Path.Combine(inbox, "bookings");
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "part-0.parquet");
        using var writer = new ParquetFileWriter(path, [new("appointment_id", ParquetValueType.String, Nullable: false), new("patient_id", ParquetValueType.String, Nullable: false)]);
        var batch = writer.CreateBatch(1);
        batch.Values<string?>(0)[0] = "a1";
        batch.Values<string?>(1)[0] = "p1";
        batch.Count = 1;
        writer.Write(batch);
        writer.Complete();
        return path;
    }

    private static Dictionary<string, (long Length, DateTime Written)> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(file => Path.GetFileName(file), file => (new FileInfo(file).Length, File.GetLastWriteTimeUtc(file)));
}
