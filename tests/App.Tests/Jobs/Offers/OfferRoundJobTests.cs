using Attendance.App.Jobs;
using Attendance.App.Jobs.Offers;
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

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task OfferRound_StoresRankedAlternativesInTheOffersChannel_AndEachDepartmentsReserve(string dialect)
    {
        using var factory = await CreateSutAsync(dialect);

        await RunAsync(factory, expectedRuns: 1);
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        var alternatives = (await connection.QueryAsync<(string Slot, int Rank, string Channel, string OfferChannel, int OfferRank)>(
            "SELECT a.slot_id, a.rank, a.channel, o.channel, o.rank FROM offer_alternatives a JOIN offers o ON o.slot_id = a.slot_id AND o.round_id = a.round_id")).ToList();
        var reserves = (await connection.QueryAsync<(string Department, int Free, int Kept, int FastPass, int Tickets)>(
            "SELECT department, free_slots, kept_from_digital, fast_pass, tickets FROM offer_round_reserves")).ToList();
        var offeredDepartments = (await connection.QueryAsync<string>("SELECT DISTINCT department FROM offers")).ToHashSet();

        Assert.NotEmpty(alternatives);
        Assert.Equal(0, await connection.QuerySingleAsync<int>("SELECT COUNT(*) FROM offers WHERE visit_type IS NULL AND channel <> 'self_book'"));
        Assert.All(alternatives, a => Assert.Equal(a.OfferChannel, a.Channel));
        Assert.All(alternatives, a => Assert.NotEqual(a.OfferRank, a.Rank));
        Assert.All(alternatives.GroupBy(a => a.Slot), slot => Assert.InRange(slot.Count(), 1, OfferRoundJob.AlternativesPerSlot));
        Assert.Superset(offeredDepartments, reserves.Select(r => r.Department).ToHashSet());
        Assert.All(reserves, r => Assert.Equal(r.Free - r.FastPass - r.Tickets, r.Kept));
        Assert.Contains(reserves, r => r.Kept > 0);
    }

    [Fact]
    public async Task OfferRound_SlotKeptForPhoneBooking_IsNeverOfferedDigitallyAgain()
    {
        using var factory = await CreateSutAsync("sqlite");
        await RunAsync(factory, expectedRuns: 1);
        await using (var connection = await factory.Store.OpenAsync(CancellationToken.None))
        {
            // Every digital offer rejected and its slot kept, as the page's "keep for phone booking" does.
            await connection.ExecuteAsync("INSERT INTO offer_slot_holds (slot_id, department, slot_start, kept_by, kept_at) " +
                "SELECT slot_id, department, slot_start, 'cora', suggested_at FROM offers WHERE channel = 'fast_pass'");
            await connection.ExecuteAsync("UPDATE offers SET status = 'rejected'");
        }

        var second = await RunAsync(factory, expectedRuns: 2);
        await using var check = await factory.Store.OpenAsync(CancellationToken.None);
        var reoffered = (await check.QueryAsync<string>("SELECT o.channel FROM offers o JOIN offer_slot_holds h ON h.slot_id = o.slot_id WHERE o.status = 'suggested'")).ToList();

        Assert.Equal(JobRunResult.Succeeded, second.Result);
        Assert.True(second.Rows > 0, second.Message);
        Assert.Contains("kept for phone booking", second.Message, StringComparison.Ordinal);
        Assert.All(reoffered, channel => Assert.Equal("phone", channel));
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
