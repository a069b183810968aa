using Attendance.App.Jobs;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
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
    public async Task Scoring_ForADay_WritesScoresAndStoresTheSummary_AndARerunReplacesThemWithTheSameBytes(string dialect)
    {
        var (factory, data) = await CreateSutAsync(dialect);
        using var _ = factory;

        var first = await RunAsync(factory, Today, expectedRuns: 1);
        var scores = Path.Combine(data, "outbox", "scores", "date=2026-03-02", "scores.parquet");
        var bytes = await File.ReadAllBytesAsync(scores);
        var second = await RunAsync(factory, Today, expectedRuns: 2);

        Assert.Equal(JobRunResult.Succeeded, first.Result);
        Assert.True(first.Rows > 0, first.Message);
        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(scores));
        Assert.True(File.Exists(Path.Combine(data, "outbox", "scores", "date=2026-03-02", "scores.summary.json")));
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(string Date, long Rows)>("SELECT run_date, bookings_scored FROM scoring_runs")).ToList();
        Assert.Equal([("2026-03-02", first.Rows!.Value)], stored);
    }

    [Fact]
    public async Task Scoring_BadExtract_FailsWithTheValidationMessage_AndLeavesThePreviousDaysOutputsUntouched()
    {
        var (factory, data) = await CreateSutAsync("sqlite");
        using var _ = factory;
        var yesterday = Today.AddDays(-1);
        await RunAsync(factory, yesterday, expectedRuns: 1);
        var previous = Path.Combine(data, "outbox", "scores", "date=2026-03-01");
        var before = Snapshot(previous);
        var path = ScoringRegion.ReplaceBookings(Path.Combine(data, "inbox"),
            region.Bookings.Select((booking, i) => i == 4 ? booking with { PatientId = "150390-1234" } : booking));

        var failed = await RunAsync(factory, Today, expectedRuns: 2);

        Assert.Equal(JobRunResult.Failed, failed.Result);
        Assert.False(failed.RetryScheduled);
        Assert.StartsWith($"{path}, column patient_id, row 5: value looks like a Danish CPR number", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("150390", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(previous));
        Assert.False(File.Exists(Path.Combine(data, "outbox", "scores", "date=2026-03-02", "scores.parquet")));
    }

    [Fact]
    public async Task Scoring_NoBookingsExtract_FailsNamingTheFolder()
    {
        var (factory, data) = await CreateSutAsync("sqlite");
        using var _ = factory;
        Directory.Delete(Path.Combine(data, "inbox", "bookings"), recursive: true);

        var failed = await RunAsync(factory, Today, expectedRuns: 1);

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

    private static async Task<JobRunView> RunAsync(AttendanceWebFactory factory, DateOnly date, int expectedRuns)
    {
        await factory.Services.GetRequiredService<JobControl>().TriggerAsync(Scoring, "ada", date, CancellationToken.None);
        var board = factory.Services.GetRequiredService<JobBoard>();
        var runs = await Eventually.GetAsync(() => board.RunsAsync(Scoring.Key, 10, CancellationToken.None), runs => runs.Count >= expectedRuns, "the scoring run", 120);
        return runs[0];
    }

    private static Dictionary<string, (long Length, DateTime Written)> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(file => Path.GetFileName(file), file => (new FileInfo(file).Length, File.GetLastWriteTimeUtc(file)));
}
