using System.Net;
using System.Text.RegularExpressions;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;

namespace Attendance.App.Tests.Risk;

[Collection(PostgresGroup.Name)]
public sealed partial class RiskPageTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_ShowsTheLatestRunsFlaggedBookings_PerClinicAndDay_WithRunFactsActionBandAndReasons(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync([new ScoreRow("old-1", RiskSut.At(RiskSut.RunDate, 14))], run: RiskSut.RunDate.AddDays(-1));
        await sut.ScoreAsync(RiskData.Night);

        var html = await sut.GetAsync("/risk");
        var byRisk = await sut.GetAsync("/risk?sort=risk");
        var older = await sut.GetAsync("/risk?run=2026-03-01");

        Assert.Equal(["a3", "a2", "a1", "a4"], Ids(html));
        Assert.Equal(["a3", "a1", "a2", "a4"], Ids(byRisk));
        Assert.Equal(["old-1"], Ids(older));
        Assert.Contains("<dd class=\"run-date\">2026-03-02</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"model-version\">v0007@0123456789ab</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"as-of\">2026-03-02 00:00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"clinic-0\">Tuesday 2026-03-03 · HOL · cardio</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"clinic-2\">Wednesday 2026-03-04 · SLA · ortho</h2>", html, StringComparison.Ordinal);
        var a1 = RowOf(html, "a1");
        Assert.Contains("<time datetime=\"2026-03-03T08:00Z\">09:00</time>", a1, StringComparison.Ordinal);
        Assert.Contains("<td class=\"probability\">42%</td>", a1, StringComparison.Ordinal);
        Assert.Contains(">very high</td>", a1, StringComparison.Ordinal);
        Assert.Contains(">Phone reminder</td>", a1, StringComparison.Ordinal);
        // The run rendered Danish reasons only: an English reader sees them rather than nothing.
        Assert.Contains("<ol class=\"reasons\"><li>2 tidligere udeblivelser</li><li>booket 94 dage i forvejen</li><li>første besøg</li></ol>", a1, StringComparison.Ordinal);
        Assert.Contains(">Mark called</button>", a1, StringComparison.Ordinal);
        Assert.Contains("<p class=\"count\" role=\"status\">4 flagged booking(s)</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InDanish_ShowsDanishWords()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);
        sut.Planner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        var a1 = RowOf(await sut.GetAsync("/risk"), "a1");

        Assert.Contains(">meget høj</td>", a1, StringComparison.Ordinal);
        Assert.Contains(">Ring og mind om tiden</td>", a1, StringComparison.Ordinal);
        Assert.Contains(">Markér ringet op</button>", a1, StringComparison.Ordinal);
        Assert.Contains("<li>2 tidligere udeblivelser</li>", a1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NothingScoredYet_SaysTheListFillsAfterTheNightlyScoring()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);

        var html = await sut.GetAsync("/risk");

        Assert.Contains("No scoring run yet", html, StringComparison.Ordinal);
        Assert.Empty(Ids(html));
    }

    [Theory]
    [InlineData("day=2026-03-04", new[] { "a4" })]
    [InlineData("site=HOL", new[] { "a3" })]
    [InlineData("department=ortho&day=2026-03-03", new[] { "a2", "a1" })]
    [InlineData("action=digital_reminder", new[] { "a2" })]
    [InlineData("action=no_such_action", new[] { "a3", "a2", "a1", "a4" })]
    [InlineData("day=2026-03-05", new string[0])]
    public async Task Get_Filters_NarrowTheList(string query, string[] expected)
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);

        Assert.Equal(expected, Ids(await sut.GetAsync("/risk?" + query)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_NotYetHandled_LeavesOutMarkedBookings(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync(RiskData.Night);
        await sut.MarkAsync("a1", "reminded");

        var html = await sut.GetAsync("/risk?open=1");

        Assert.Equal(["a3", "a2", "a4"], Ids(html));
        Assert.Contains("<input id=\"open\" name=\"open\" type=\"checkbox\" value=\"1\" checked>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_FiltersWithSqlMetacharacters_MatchOnlyTheLiteralValue_AndHarmNothing(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        const string odd = "O'Brien\"; DROP TABLE flagged_bookings; --";
        await sut.ScoreAsync([.. RiskData.Night, new ScoreRow("odd", RiskSut.At(RiskData.Tuesday, 12), Department: odd, Reasons: ["x"])]);

        var injected = await sut.GetAsync("/risk?department=" + Uri.EscapeDataString("ortho' OR '1'='1"));
        var wildcard = await sut.GetAsync("/risk?site=%25&run=" + Uri.EscapeDataString("2026-03-02' OR 1=1 --"));
        var literal = await sut.GetAsync("/risk?department=" + Uri.EscapeDataString(odd));
        var all = await sut.GetAsync("/risk");

        Assert.Empty(Ids(injected));
        Assert.Empty(Ids(wildcard));
        Assert.Equal(["odd"], Ids(literal));
        // Clinics in ordinal order: "O'Brien…" before "ortho".
        Assert.Equal(["a3", "odd", "a2", "a1", "a4"], Ids(all));
    }

    [Fact]
    public async Task Get_ScriptInDepartmentSiteAndReason_RendersAsText()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync([new ScoreRow("x1\"><b>", RiskSut.At(RiskData.Tuesday, 9), Department: "<script>alert(1)</script>", Site: "<b>S</b>",
            Patient: "<i>p</i>", Reasons: ["<img src=x onerror=alert(1)>"])]);

        var html = await sut.GetAsync("/risk");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>p", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</option>", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;img src=x onerror=alert(1)&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("data-appointment-id=\"x1&quot;&gt;&lt;b&gt;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MoreThanAPage_ShowsTheSoonestPageAndSaysSo_WhileTheExportHoldsAll()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        var count = Attendance.App.Risk.RiskPage.PageLimit + 1;
        await sut.ScoreAsync([.. Enumerable.Range(0, count).Select(i => new ScoreRow($"n{i:D4}", RiskSut.At(RiskData.Tuesday, 7).AddMinutes(i), Reasons: ["x"]))]);

        var html = await sut.GetAsync("/risk");
        var csv = await sut.Planner.GetStringAsync(new Uri("/risk/export.csv", UriKind.Relative));

        Assert.Equal(Enumerable.Range(0, count - 1).Select(i => $"n{i:D4}"), Ids(html));
        Assert.Contains("Showing the first 500 bookings: narrow the filter, or export the list for all of them.", html, StringComparison.Ordinal);
        Assert.Equal(count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/risk")]
    [InlineData("/risk?department=ortho")]
    [InlineData("/risk/export.csv")]
    [InlineData("/risk/export.parquet")]
    public async Task Get_Anonymously_RedirectsToLogin(string path)
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);

        var response = await sut.Factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task CalendarAdmin_Gets403OnThePageExportsAndMarks_AndNoMenuEntry()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);
        await sut.Factory.AddUserAsync("cal", [Roles.CalendarAdmin]);
        var admin = sut.Factory.CreateBrowser();
        Assert.True((await admin.SignInAsync("cal")).IsSignInSuccess());

        var home = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
        var page = await admin.GetAsync("/risk");
        var csv = await admin.GetAsync("/risk/export.csv");
        var parquet = await admin.GetAsync("/risk/export.parquet");
        var mark = await sut.MarkAsync("a1", "called", client: admin);

        Assert.DoesNotContain("href=\"/risk\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/risk\"", await sut.GetAsync("/"), StringComparison.Ordinal);
        Assert.All([page, csv, parquet, mark], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.DoesNotContain("data-appointment-id", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await sut.MarksAsync());
    }

    private static List<string> Ids(string html) => [.. AppointmentId().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The markup of one booking's table row.</summary>
    internal static string RowOf(string html, string id)
    {
        var start = html.IndexOf($"data-appointment-id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {id}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<tr class=\"booking\"[^>]* data-appointment-id=\"([^\"]*)\"")]
    private static partial Regex AppointmentId();
}
