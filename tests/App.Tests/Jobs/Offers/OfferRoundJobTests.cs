using Attendance.App.Jobs;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Jobs.Scoring;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Jobs.Offers;

[Collection(PostgresGroup.Name)]
public sealed class OfferRoundJobTests(PostgresServer postgres, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    private static readonly JobDefinition Round = JobCatalog.Find(nameof(JobsOptions.OfferRound))!;

    /// <summary>07:00 on the region's "today" in Copenhagen.</summary>
    private const string Now = "2026-03-02T07:00:00+01:00";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task OfferRound_StoresSuggestedOffers_AndARerunSuggestsNothingTwice(string dialect)
    {
        using var factory = await CreateSutAsync(dialect);

        var first = await RunAsync(factory, expectedRuns: 1);
        var stored = await OffersAsync(factory);
        var second = await RunAsync(factory, expectedRuns: 2);

        Assert.Equal(JobRunResult.Succeeded, first.Result);
        Assert.True(first.Rows > 0, first.Message);
        Assert.Equal(first.Rows, stored.Count);
        Assert.All(stored, offer => Assert.Equal("suggested", offer.Status));
        Assert.All(stored.GroupBy(offer => offer.Entry).Where(group => group.Key is not null), group => Assert.Single(group));
        Assert.Equal(JobRunResult.Succeeded, second.Result);
        Assert.Equal(0, second.Rows);
        Assert.Equal(stored.Count, (await OffersAsync(factory)).Count);
    }

    [Fact]
    public async Task OfferRound_AfterOffersExpired_OffersTheFreedSlotsToOthers()
    {
        using var factory = await CreateSutAsync("sqlite");
        var first = await RunAsync(factory, expectedRuns: 1);
        await using (var connection = await factory.Store.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE offers SET status = 'expired'");
        }

        var second = await RunAsync(factory, expectedRuns: 2);
        var offers = await OffersAsync(factory);

        Assert.True(second.Rows > 0, second.Message);
        Assert.Equal(first.Rows + second.Rows, offers.Count);
        var expiredEntries = offers.Where(offer => offer.Status == "expired").Select(offer => offer.Entry).ToHashSet();
        Assert.All(offers.Where(offer => offer.Status == "suggested" && offer.Entry is not null),
            offer => Assert.DoesNotContain(offer.Entry, expiredEntries));
    }

    [Fact]
    public async Task OfferRound_MissingWaitlist_FailsNamingTheFolder()
    {
        using var factory = await CreateSutAsync("sqlite", withWaitlist: false);

        var failed = await RunAsync(factory, expectedRuns: 1);

        Assert.Equal(JobRunResult.Failed, failed.Result);
        Assert.StartsWith("inbox/waitlist: no Parquet files in ", failed.Message, StringComparison.Ordinal);
    }

    private async Task<AttendanceWebFactory> CreateSutAsync(string dialect, bool withWaitlist = true)
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-offer-round-{Guid.NewGuid():N}");
        region.CopyExtractsTo(Path.Combine(data, "inbox"));
        if (!withWaitlist)
        {
            Directory.Delete(Path.Combine(data, "inbox", "waitlist"), recursive: true);
        }
        var settings = new Dictionary<string, string?>(SchedulingTests.FastRetries) { ["Data:Directory"] = data };
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, settings, systemClock: true);
        _ = factory.Server;
        return factory;
    }

    private static async Task<JobRunView> RunAsync(AttendanceWebFactory factory, int expectedRuns)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        await scheduler.TriggerJob(Round.Key, new JobDataMap { [AttendanceJob.NowKey] = Now }, CancellationToken.None);
        var board = factory.Services.GetRequiredService<JobBoard>();
        var runs = await Eventually.GetAsync(() => board.RunsAsync(Round.Key, 10, CancellationToken.None), runs => runs.Count >= expectedRuns, "the offer round", 120);
        return runs[0];
    }

    private static async Task<List<(string Slot, string? Entry, string Status)>> OffersAsync(AttendanceWebFactory factory)
    {
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string, string?, string)>("SELECT slot_id, entry_id, status FROM offers ORDER BY offer_id")).ToList();
    }
}
