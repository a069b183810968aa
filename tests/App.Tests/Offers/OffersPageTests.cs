using System.Net;
using System.Text.Json;
using Attendance.App.Audit;
using Attendance.App.Offers;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Offers;

[Collection(PostgresGroup.Name)]
public sealed class OffersPageTests(PostgresServer postgres)
{
    /// <summary>The offer jobs stay out of the way: the tests decide, not the expiry.</summary>
    internal static readonly Dictionary<string, string?> NoJobs = new()
    {
        ["Jobs:OfferRound:Enabled"] = "false",
        ["Jobs:OfferExpiry:Enabled"] = "false",
    };

    [Fact]
    public async Task Offers_Anonymous_RedirectsToLogin()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, NoJobs);
        var anonymous = factory.CreateBrowser();

        var response = await anonymous.GetAsync(new Uri("/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=%2Foffers", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Offers_Planner_Is403ForThePageAndEveryDecision()
    {
        var (factory, _) = await CreateSutAsync("sqlite");
        using var _f = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await factory.AddUserAsync("pia", [Roles.Planner]);
        var planner = factory.CreateBrowser();
        Assert.True((await planner.SignInAsync("pia")).IsSignInSuccess());
        var token = await planner.AntiforgeryTokenAsync("/");

        var page = await planner.GetAsync(new Uri("/offers", UriKind.Relative));
        var posts = new List<HttpStatusCode>();
        foreach (var action in new[] { "accept", "reject", "next", "keep", "bulk-accept" })
        {
            posts.Add((await planner.PostFormAsync($"/offers/{action}", ("__RequestVerificationToken", token), ("offer", "s1/e1"), ("version", "1"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.All(posts, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal("suggested", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
    }

    [Fact]
    public async Task Accept_WithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");

        var response = await admin.PostFormAsync("/offers/accept", ("offer", "s1/e1"), ("version", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("suggested", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
    }

    [Fact]
    public async Task Offers_ScriptInReasonVisitTypeDepartmentOrPatient_RendersAsText()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1", department: "<script>alert('d')</script>", reason: "<script>alert('r')</script>; <img src=x onerror=alert(1)>",
            patient: "<b onmouseover=alert(1)>p</b>", visitType: "<script>alert('v')</script>");

        var html = await admin.GetStringAsync(new Uri("/offers", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;r&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"visit-type\" data-label=\"Visit type\">&lt;script&gt;alert(&#x27;v&#x27;)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-offer-id=\"s1/e1\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Offers_FiltersWithSqlMetacharacters_MatchNothingAndHarmNothing(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");

        var department = await admin.GetAsync(new Uri("/offers?department=" + Uri.EscapeDataString("ortho' OR '1'='1"), UriKind.Relative));
        var day = await admin.GetStringAsync(new Uri("/offers?day=" + Uri.EscapeDataString("2026-03-03'; DROP TABLE offers; --"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, department.StatusCode);
        Assert.DoesNotContain("data-offer-id", await department.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The day must be a date", day, StringComparison.Ordinal);
        Assert.Contains("data-offer-id=\"s1/e1\"", day, StringComparison.Ordinal);
        Assert.Equal("suggested", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
    }

    [Fact]
    public async Task Offers_GroupsByDepartmentAndDay_FiltersByBoth_AndShowsWhy()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1", department: "ortho");
        await OfferSeed.AddAsync(factory.Store, "s2", "e2", department: "derma", channel: "phone", reason: "vulnerable; meets due_by 2026-03-05 that the current booking misses");
        await OfferSeed.AddAsync(factory.Store, "s3", "e3", department: "ortho", start: OfferSeed.Tomorrow.AddDays(1));
        await OfferSeed.AddAsync(factory.Store, "s4", "e4", department: "ortho", start: OfferSeed.Tomorrow.AddDays(10));

        var all = await admin.GetStringAsync(new Uri("/offers", UriKind.Relative));
        var ortho = await admin.GetStringAsync(new Uri("/offers?department=ortho&day=2026-03-04", UriKind.Relative));
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");
        var danish = await admin.GetStringAsync(new Uri("/offers", UriKind.Relative));

        Assert.Contains("data-department=\"derma\" data-day=\"2026-03-03\"", all, StringComparison.Ordinal);
        Assert.Contains("data-department=\"ortho\" data-day=\"2026-03-03\"", all, StringComparison.Ordinal);
        Assert.Contains("data-department=\"ortho\" data-day=\"2026-03-04\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("s4/e4", all, StringComparison.Ordinal); // beyond the coming week
        Assert.True(all.IndexOf("s2/e2", StringComparison.Ordinal) < all.IndexOf("s1/e1", StringComparison.Ordinal), "derma before ortho");
        Assert.Contains("<td class=\"triage\" data-label=\"Triage\">Vulnerable</td><td class=\"deadline\" data-label=\"Deadline\">Met</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td class=\"reason\" lang=\"en\" data-label=\"Why (the optimiser&#x27;s reason)\">vulnerable; meets due_by 2026-03-05 that the current booking misses</td>", all, StringComparison.Ordinal);
        Assert.Equal(["s3/e3"], OfferIds(ortho));
        Assert.Contains(">Acceptér</button>", danish, StringComparison.Ordinal);
        Assert.Contains("<td class=\"triage\" data-label=\"Triage\">Sårbar</td><td class=\"deadline\" data-label=\"Frist\">Overholdt</td>", danish, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-label=\"Værdi\">21,60</td>", danish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_TakesTheOfferOutOfTheQueue_AuditsBeforeAfter_AndWritesTheOutbox(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s2", "e2");

        var response = await DecideAsync(admin, "accept", "s1/e1", 1);
        var page = await admin.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("role=\"status\"><p>Offer accepted.</p>", page, StringComparison.Ordinal);
        Assert.Equal(["s2/e2"], OfferIds(page));
        Assert.Equal("accepted", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
        var entry = await LastAuditAsync(factory, OfferAuditActions.Accept);
        Assert.Equal(("cora", "s1/e1"), (entry.Actor, entry.Subject));
        using var before = JsonDocument.Parse(entry.BeforeJson!);
        using var after = JsonDocument.Parse(entry.AfterJson!);
        Assert.Equal(("suggested", 1), (before.RootElement.GetProperty("status").GetString(), before.RootElement.GetProperty("version").GetInt32()));
        Assert.Equal(("accepted", "cora", 2), (after.RootElement.GetProperty("status").GetString(), after.RootElement.GetProperty("decidedBy").GetString(),
            after.RootElement.GetProperty("version").GetInt32()));
        var file = factory.Services.GetRequiredService<AcceptedOffersOutbox>().PathFor(new DateOnly(2026, 3, 2));
        Assert.True(File.Exists(file), file);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_SameOfferBySecondAdministrator_Is409NamingWhoAndWhen(string dialect)
    {
        var (factory, cora) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        var carl = await SignInAsync(factory, "carl");

        var first = await DecideAsync(cora, "accept", "s1/e1", 1);
        var second = await DecideAsync(carl, "accept", "s1/e1", 1);
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("role=\"alert\"><p>Not changed: the offer to p-e1 was already accepted by cora at 2026-03-02 09:00.</p>", html, StringComparison.Ordinal);
        Assert.Equal(2, await OfferSeed.VersionAsync(factory.Store, "s1/e1"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_SecondOfferOfTheSameSlot_Is409SlotTaken_InDanishToo(string dialect)
    {
        var (factory, cora) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s1", "e2");
        var carl = await SignInAsync(factory, "carl");
        carl.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        await DecideAsync(cora, "accept", "s1/e1", 1);
        var second = await DecideAsync(carl, "accept", "s1/e2", 1);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Ikke accepteret: tiden kl. 2026-03-03 10:00 blev allerede givet til p-e1 af cora kl. 2026-03-02 09:00.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("suggested", await OfferSeed.StatusAsync(factory.Store, "s1/e2"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_HidesTheSlotsAndThePatientsOtherOffers_LeavesTheRest(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s1", "e2");
        await OfferSeed.AddAsync(factory.Store, "s2", "e1");
        await OfferSeed.AddAsync(factory.Store, "s3", "e3");

        await DecideAsync(admin, "accept", "s1/e1", 1);
        var html = await admin.GetStringAsync(new Uri("/offers", UriKind.Relative));

        Assert.Equal(["s3/e3"], OfferIds(html));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Reject_MarksTheOfferRejected_AndAudits(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");

        var response = await DecideAsync(admin, "reject", "s1/e1", 1);
        var stale = await DecideAsync(admin, "accept", "s1/e1", 1);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("rejected", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
        Assert.Equal("cora", (await LastAuditAsync(factory, OfferAuditActions.Reject)).Actor);
        Assert.Contains("already rejected by cora", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NextCandidate_SuggestsTheBestFreeAlternativeInTheSameChannel_ThenSaysWhenNoneIsLeft(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s9", "e2"); // e2 is on offer for another slot: skipped
        await OfferSeed.AddAlternativeAsync(factory.Store, "s1", "e2", rank: 2);
        await OfferSeed.AddAlternativeAsync(factory.Store, "s1", "e3", rank: 3, channel: "phone"); // other channel: skipped
        await OfferSeed.AddAlternativeAsync(factory.Store, "s1", "e4", rank: 4);

        var first = await DecideAsync(admin, "next", "s1/e1", 1);
        var page = await admin.GetStringAsync(first.Headers.Location!.OriginalString);
        var second = await DecideAsync(admin, "next", "s1/e4", 1);
        var none = await admin.GetStringAsync(second.Headers.Location!.OriginalString);

        Assert.Contains("the next candidate is suggested", page, StringComparison.Ordinal);
        Assert.Contains("data-offer-id=\"s1/e4\"", page, StringComparison.Ordinal);
        Assert.Equal("rejected", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
        Assert.Contains("no other candidate is left", none, StringComparison.Ordinal);
        Assert.Equal("rejected", await OfferSeed.StatusAsync(factory.Store, "s1/e4"));
        var entry = await LastAuditAsync(factory, OfferAuditActions.Next);
        Assert.Equal("s1/e4", entry.Subject);
        using var after = JsonDocument.Parse(entry.AfterJson!);
        Assert.Equal(JsonValueKind.Null, after.RootElement.GetProperty("next").ValueKind);
        Assert.Equal("rejected", after.RootElement.GetProperty("rejected").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Keep_RejectsTheDigitalOfferAndHoldsTheSlot_APhoneOfferIsRefused(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s2", "e2", channel: "phone");

        var kept = await DecideAsync(admin, "keep", "s1/e1", 1);
        var phone = await DecideAsync(admin, "keep", "s2/e2", 1);

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal("rejected", await OfferSeed.StatusAsync(factory.Store, "s1/e1"));
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        Assert.Equal("cora", await connection.QuerySingleAsync<string>("SELECT kept_by FROM offer_slot_holds WHERE slot_id = 's1'"));
        Assert.Equal("s1/e1", (await LastAuditAsync(factory, OfferAuditActions.KeepNonDigital)).Subject);
        Assert.Equal(HttpStatusCode.BadRequest, phone.StatusCode);
        Assert.Contains("Only a digital offer", await phone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("suggested", await OfferSeed.StatusAsync(factory.Store, "s2/e2"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BulkAccept_AcceptsEachOffer_AndReportsThoseThatLostAConflict(string dialect)
    {
        var (factory, cora) = await CreateSutAsync(dialect);
        using var _ = factory;
        await OfferSeed.AddAsync(factory.Store, "s1", "e1");
        await OfferSeed.AddAsync(factory.Store, "s2", "e2");
        await OfferSeed.AddAsync(factory.Store, "s3", "e3");
        var token = await cora.AntiforgeryTokenAsync("/offers");
        var carl = await SignInAsync(factory, "carl");
        await DecideAsync(carl, "reject", "s2/e2", 1);

        var response = await cora.PostFormAsync("/offers/bulk-accept", ("__RequestVerificationToken", token),
            ("offer", "s1/e1"), ("version", "1"), ("offer", "s2/e2"), ("version", "1"), ("offer", "s3/e3"), ("version", "1"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"><p>2 accepted, 1 lost a conflict.</p><ul><li>Not changed: the offer to p-e2 was already rejected by carl", html, StringComparison.Ordinal);
        Assert.Equal(["accepted", "rejected", "accepted"], [await OfferSeed.StatusAsync(factory.Store, "s1/e1"), await OfferSeed.StatusAsync(factory.Store, "s2/e2"), await OfferSeed.StatusAsync(factory.Store, "s3/e3")]);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Offers_ShowWhatTodaysLatestRoundKeptInReserveAndWhy(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        var store = factory.Store;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            var sql = "INSERT INTO offer_round_reserves (round_id, department, ran_at, free_slots, subacute, non_digital, kept_from_digital, fast_pass, phone, tickets, reserve_share) " +
                      "VALUES (@round, 'ortho', @at, @free, 1, 2, 6, 9, 1, 0, 0.2)";
            await connection.ExecuteAsync(sql, new { round = "2026-03-02/060000", at = StoreTime.ToDb(store.Dialect, new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero)), free = 10 });
            await connection.ExecuteAsync(sql, new { round = "2026-03-02/071500", at = StoreTime.ToDb(store.Dialect, new DateTimeOffset(2026, 3, 2, 7, 15, 0, TimeSpan.Zero)), free = 15 });
            await connection.ExecuteAsync("INSERT INTO offer_slot_holds (slot_id, department, slot_start, kept_by, kept_at) VALUES ('s7', 'ortho', @start, 'cora', @start)",
                new { start = StoreTime.ToDb(store.Dialect, OfferSeed.Tomorrow) });
        }

        var html = await admin.GetStringAsync(new Uri("/offers", UriKind.Relative));

        Assert.Contains("Latest round today: 08:15.", html, StringComparison.Ordinal);
        Assert.Contains("keeps at least 20% of each day&#x27;s free slots out of fast-pass and self-book", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-department=\"ortho\"><th scope=\"row\">ortho</th><td class=\"number\">15</td><td class=\"number\">6</td><td class=\"number\">1</td><td class=\"number\">2</td><td class=\"number\">1</td><td>9 / 1 / 0</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_UnknownOfferOrBadVersion_Is404Or400()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;

        var unknown = await DecideAsync(admin, "accept", "nope/none", 1);
        var token = await admin.AntiforgeryTokenAsync("/offers");
        var bad = await admin.PostFormAsync("/offers/accept", ("__RequestVerificationToken", token), ("offer", "s1/e1"), ("version", "1 OR 1=1"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No such offer.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    internal static List<string> OfferIds(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr data-offer-id=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private async Task<(AttendanceWebFactory Factory, HttpClient Admin)> CreateSutAsync(string dialect)
    {
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, NoJobs);
        return (factory, await SignInAsync(factory, "cora"));
    }

    private static async Task<HttpClient> SignInAsync(AttendanceWebFactory factory, string name)
    {
        await factory.AddUserAsync(name, [Roles.CalendarAdmin]);
        var client = factory.CreateBrowser();
        Assert.True((await client.SignInAsync(name)).IsSignInSuccess());
        return client;
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, string action, string offerId, int version)
    {
        var token = await client.AntiforgeryTokenAsync("/offers");
        return await client.PostFormAsync($"/offers/{action}", ("__RequestVerificationToken", token), ("offer", offerId),
            ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<AuditEntry> LastAuditAsync(AttendanceWebFactory factory, string action) =>
        (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(null, action, 1), CancellationToken.None)).Records[0].Entry;
}
