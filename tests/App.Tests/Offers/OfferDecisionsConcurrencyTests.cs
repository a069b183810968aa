using System.Net;
using Attendance.App.Audit;
using Attendance.App.Offers;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Offers;

/// <summary>
/// Administrators deciding at the same moment: every attempt starts together (a shared gate), each on
/// its own connection; exactly one wins, the others learn who did, nothing is double-booked, no error.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class OfferDecisionsConcurrencyTests(PostgresServer postgres)
{
    private const int Attempts = 6;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_SameOfferConcurrently_ExactlyOneWins_OthersAreStaleNamingTheWinner(string dialect)
    {
        using var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, OffersPageTests.NoJobs);
        var decisions = factory.Services.GetRequiredService<OfferDecisions>();
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");

        var outcomes = await TogetherAsync(Enumerable.Range(0, Attempts).Select(i => (Func<Task<DecisionOutcome>>)(() =>
            decisions.AcceptAsync("s1/e1", 1, $"admin{i}", CancellationToken.None))));

        var winner = Assert.Single(outcomes, o => o.Result == DecisionResult.Done);
        Assert.All(outcomes.Where(o => o != winner), o =>
        {
            Assert.Equal(DecisionResult.Stale, o.Result);
            Assert.Equal(("accepted", winner.Offer!.DecidedBy), (o.Offer!.Status, o.Offer.DecidedBy));
        });
        Assert.Equal(2, await OfferSeed.VersionAsync(factory.Store, "s1/e1"));
        Assert.Equal(1, await AuditCountAsync(factory));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_OffersOfOneSlotConcurrently_ExactlyOneIsAccepted_OthersAreToldTheSlotWasTaken(string dialect)
    {
        using var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, OffersPageTests.NoJobs);
        var decisions = factory.Services.GetRequiredService<OfferDecisions>();
        for (var i = 0; i < Attempts; i++)
        {
            await OfferSeed.AddAsync(factory.Store, "s1", $"e{i}");
        }

        var outcomes = await TogetherAsync(Enumerable.Range(0, Attempts).Select(i => (Func<Task<DecisionOutcome>>)(() =>
            decisions.AcceptAsync($"s1/e{i}", 1, $"admin{i}", CancellationToken.None))));

        var winner = Assert.Single(outcomes, o => o.Result == DecisionResult.Done);
        Assert.All(outcomes.Where(o => o != winner), o =>
        {
            Assert.Equal(DecisionResult.SlotTaken, o.Result);
            Assert.Equal(winner.Offer!.OfferId, o.Winner!.OfferId);
            Assert.Equal("suggested", o.Offer!.Status);
        });
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        Assert.Equal(1, await connection.QuerySingleAsync<int>("SELECT COUNT(*) FROM offers WHERE slot_id = 's1' AND status = 'accepted'"));
        Assert.Equal(1, await AuditCountAsync(factory));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_OnePatientsOffersOfTwoSlotsConcurrently_OnlyOneIsAccepted(string dialect)
    {
        using var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, OffersPageTests.NoJobs);
        var decisions = factory.Services.GetRequiredService<OfferDecisions>();
        // Two suggestions for one entry: a round and a "next candidate" can overlap.
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s2", "e1");

        var outcomes = await TogetherAsync(new[] { "s1/e1", "s2/e1" }.Select(id => (Func<Task<DecisionOutcome>>)(() =>
            decisions.AcceptAsync(id, 1, "admin-" + id, CancellationToken.None))));

        var winner = Assert.Single(outcomes, o => o.Result == DecisionResult.Done);
        var loser = Assert.Single(outcomes, o => o.Result == DecisionResult.PatientTaken);
        Assert.Equal(winner.Offer!.OfferId, loser.Winner!.OfferId);
        Assert.StartsWith("Not accepted: p-e1 already has the slot at 2026-03-03 10:00, accepted by admin-", OfferEndpoints.Explain(loser), StringComparison.Ordinal);
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        Assert.Equal(1, await connection.QuerySingleAsync<int>("SELECT COUNT(*) FROM offers WHERE entry_id = 'e1' AND status = 'accepted'"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_TwoBrowsersAtOnceOnOneSlot_OneRedirectAndOne409_Never500(string dialect)
    {
        using var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, OffersPageTests.NoJobs);
        _ = factory.Server; // starts the host, which migrates the store
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s1", "e2");
        var browsers = new List<(HttpClient Client, string Token)>();
        foreach (var name in new[] { "cora", "carl" })
        {
            await factory.AddUserAsync(name, [Roles.CalendarAdmin]);
            var client = factory.CreateBrowser();
            Assert.True((await client.SignInAsync(name)).IsSignInSuccess());
            browsers.Add((client, await client.AntiforgeryTokenAsync("/offers")));
        }

        var responses = await TogetherAsync(browsers.Select((b, i) => (Func<Task<HttpResponseMessage>>)(() =>
            b.Client.PostFormAsync("/offers/accept", ("__RequestVerificationToken", b.Token), ("offer", $"s1/e{i + 1}"), ("version", "1")))));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"><p>Not accepted: the slot at 2026-03-03 10:00 was already given to", conflict, StringComparison.Ordinal);
    }

    /// <summary>Starts every attempt on its own thread and releases them at once.</summary>
    private static async Task<List<T>> TogetherAsync<T>(IEnumerable<Func<Task<T>>> attempts)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = attempts.Select(attempt => Task.Run(async () =>
        {
            await gate.Task;
            return await attempt();
        })).ToList();
        gate.SetResult();
        return [.. await Task.WhenAll(tasks)];
    }

    private static async Task<int> AuditCountAsync(AttendanceWebFactory factory) =>
        (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(null, OfferAuditActions.Accept, 1), CancellationToken.None)).Records.Count;
}
