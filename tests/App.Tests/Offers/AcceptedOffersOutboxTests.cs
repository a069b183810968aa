using System.Text.Json;
using Attendance.App.Jobs;
using Attendance.App.Offers;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Jobs;
using Attendance.Parquet;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Offers;

[Collection(PostgresGroup.Name)]
public sealed class AcceptedOffersOutboxTests(PostgresServer postgres)
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AcceptedOffers_OpenInDuckDbWithWhoAcceptedAndWhen_RejectedOnesLeftOut(string dialect)
    {
        using var factory = await CreateSutAsync(dialect);

        using var peers = JsonDocument.Parse(await ParquetPeers.ReadAsync([Outbox(factory).PathFor(Today)]));

        var duckdb = peers.RootElement.GetProperty("files")[0].GetProperty("duckdb");
        Assert.Equal(2, duckdb.GetProperty("numRows").GetInt32());
        var columns = duckdb.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        // DuckDB reads the hive-style folder as a column too.
        Assert.Equal([.. AcceptedOffersOutbox.Columns.Select(c => c.Name), "date"], columns.Keys);
        Assert.Equal("DATE", columns["date"].GetProperty("duckdbType").GetString());
        Assert.Equal("TIMESTAMP WITH TIME ZONE", columns["accepted_at"].GetProperty("duckdbType").GetString());
        Assert.Equal("BOOLEAN", columns["meets_deadline"].GetProperty("duckdbType").GetString());
        Assert.Equal(["s1/e1", "s3/e3"], Values(columns["offer_id"]));
        Assert.Equal(["cora", "carl"], Values(columns["accepted_by"]));
    }

    [Fact]
    public async Task WriteDay_Again_GivesTheSameBytes()
    {
        using var factory = await CreateSutAsync("sqlite");
        var path = Outbox(factory).PathFor(Today);
        var first = await File.ReadAllBytesAsync(path);

        var rows = await Outbox(factory).WriteDayAsync(Today, CancellationToken.None);

        Assert.Equal(2, rows);
        Assert.Equal(first, await File.ReadAllBytesAsync(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task OfferExpiryJob_RewritesTodaysFile_WhenTheWriteAfterAnAcceptWasLost()
    {
        using var factory = await CreateSutAsync("sqlite");
        var path = Outbox(factory).PathFor(Today);
        File.Delete(path);

        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var expiry = JobCatalog.Find(nameof(JobsOptions.OfferExpiry))!;
        await scheduler.TriggerJob(expiry.Key, new JobDataMap { [AttendanceJob.NowKey] = "2026-03-02T09:00:00Z" }, CancellationToken.None);
        var board = factory.Services.GetRequiredService<JobBoard>();
        var run = (await Eventually.GetAsync(() => board.RunsAsync(expiry.Key, 10, CancellationToken.None), runs => runs.Count > 0, "the expiry run", 60))[0];

        Assert.Equal(JobRunResult.Succeeded, run.Result);
        Assert.Contains("2 accepted offers of yesterday and today in the outbox", run.Message, StringComparison.Ordinal);
        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(2, reader.RowCount);
    }

    /// <summary>Three offers: cora accepts s1/e1, carl rejects s2/e2 and accepts s3/e3 (all at the factory's 08:00 UTC).</summary>
    private async Task<AttendanceWebFactory> CreateSutAsync(string dialect)
    {
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, OffersPageTests.NoJobs);
        var decisions = factory.Services.GetRequiredService<OfferDecisions>();
        foreach (var i in new[] { 1, 2, 3 })
        {
            await OfferSeed.AddAsync(factory.Store, $"s{i}", $"e{i}");
        }
        Assert.Equal(DecisionResult.Done, (await decisions.AcceptAsync("s1/e1", 1, "cora", CancellationToken.None)).Result);
        Assert.Equal(DecisionResult.Done, (await decisions.RejectAsync("s2/e2", 1, "carl", CancellationToken.None)).Result);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(DecisionResult.Done, (await decisions.AcceptAsync("s3/e3", 1, "carl", CancellationToken.None)).Result);
        return factory;
    }

    private static AcceptedOffersOutbox Outbox(AttendanceWebFactory factory) => factory.Services.GetRequiredService<AcceptedOffersOutbox>();

    private static List<string?> Values(JsonElement column) => [.. column.GetProperty("values").EnumerateArray().Select(v => v.GetString())];
}
