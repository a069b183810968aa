using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Attendance.App.Audit;
using Attendance.App.Models;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Attendance.Training.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Models;

[Collection(PostgresGroup.Name)]
public sealed partial class ModelsPageTests(PostgresServer postgres, ModelsRegion region) : IClassFixture<ModelsRegion>
{
    private const string Token = "__RequestVerificationToken";

    [Theory]
    [InlineData("/models")]
    [InlineData("/models/v0001")]
    public async Task Get_Anonymously_RedirectsToLogin(string path)
    {
        var (factory, _, _) = await CreateSutAsync();
        using var _f = factory;

        var response = await factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Planner_IsForbiddenThePagesAndThePromotion_AndHasNoMenuEntry()
    {
        var (factory, _, registry) = await CreateSutAsync();
        using var _f = factory;
        await factory.AddUserAsync("pia", [Roles.Planner]);
        var planner = factory.CreateBrowser();
        Assert.True((await planner.SignInAsync("pia")).IsSignInSuccess());
        var token = await planner.AntiforgeryTokenAsync("/");

        var list = await planner.GetAsync("/models");
        var version = await planner.GetAsync("/models/v0002");
        var promote = await planner.PostFormAsync("/models/v0003/promote", (Token, token), ("reason", "mine"));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { list.StatusCode, version.StatusCode, promote.StatusCode });
        Assert.DoesNotContain("href=\"/models\"", await planner.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(ModelsRegion.Champion, registry.Champion!.Version);
    }

    [Fact]
    public async Task Promote_WithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;

        var response = await analyst.PostFormAsync("/models/v0003/promote", ("reason", "no token"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ModelsRegion.Champion, registry.Champion!.Version);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Promote_WithReason_MakesTheChampion_SaysSo_AndAuditsBeforeAndAfter(string dialect)
    {
        var (factory, analyst, registry) = await CreateSutAsync(dialect);
        using var _f = factory;

        var response = await PostAsync(analyst, $"/models/{ModelsRegion.Twin}/promote", ("reason", "same model, fresh copy"));
        var page = await analyst.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/models?promoted=v0003", response.Headers.Location.OriginalString);
        Assert.Equal((ModelsRegion.Twin, "ada", "same model, fresh copy"), (registry.Champion!.Version, registry.Champion.PromotedBy, registry.Champion.Reason));
        Assert.Contains("<p class=\"outcome\" role=\"status\">v0003 is now the champion (was v0001).</p>", page, StringComparison.Ordinal);
        Assert.Matches("<tr data-version=\"v0003\" class=\"champion\">", page);
        var entry = Assert.Single((await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(null, ModelAuditActions.Promote, 1), CancellationToken.None)).Records).Entry;
        Assert.Equal(("ada", "v0003"), (entry.Actor, entry.Subject));
        Assert.Equal("v0001", JsonNode.Parse(entry.BeforeJson!)!["champion"]!.GetValue<string>());
        var after = JsonNode.Parse(entry.AfterJson!)!;
        Assert.Equal(("v0003", "same model, fresh copy", false), (after["champion"]!.GetValue<string>(), after["reason"]!.GetValue<string>(), after["forced"]!.GetValue<bool>()));
        Assert.NotNull(after["comparison"]!["champion_auc"]);
    }

    [Fact]
    public async Task Promote_TwoAnalystsAtOnce_BothHappenOneAfterTheOther_AndTheAuditChainsTheChampions()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;
        await factory.AddUserAsync("bo", [Roles.Analyst]);
        var second = factory.CreateBrowser();
        Assert.True((await second.SignInAsync("bo")).IsSignInSuccess());

        var responses = await Task.WhenAll(
            PostAsync(analyst, $"/models/{ModelsRegion.Twin}/promote", ("reason", "twin")),
            PostAsync(second, $"/models/{ModelsRegion.Weak}/promote", ("reason", "weak, on purpose"), ("force", "true")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        var history = registry.Promotions();
        Assert.Equal(history[1].Version, history[2].Previous);
        Assert.Equal(history[^1].Version, registry.Champion!.Version);
        var audit = (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(null, ModelAuditActions.Promote, 1), CancellationToken.None))
            .Records.Select(r => r.Entry).Reverse().ToList();
        Assert.Equal(history.Skip(1).Select(p => (p.Previous!, p.Version)),
            audit.Select(e => (JsonNode.Parse(e.BeforeJson!)!["champion"]!.GetValue<string>(), JsonNode.Parse(e.AfterJson!)!["champion"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData(0, "Give a reason for the promotion.")]
    [InlineData(2001, "Keep the reason under 2000 characters.")]
    public async Task Promote_WithoutReasonOrWithTooLongAReason_Is400WithAnAlert_AndChangesNothing(int length, string alert)
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;

        var response = await PostAsync(analyst, $"/models/{ModelsRegion.Twin}/promote", ("reason", length == 0 ? "   " : new string('x', length)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<p class=\"outcome alert\" role=\"alert\">{alert}</p>", html, StringComparison.Ordinal);
        Assert.Equal(ModelsRegion.Champion, registry.Champion!.Version);
        Assert.Single(registry.Promotions());
    }

    [Fact]
    public async Task Promote_WorseChallenger_IsRefusedWithTheComparison_UnlessDeliberatelyOverridden()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;

        var refused = await PostAsync(analyst, $"/models/{ModelsRegion.Weak}/promote", ("reason", "try the small one"));
        var html = await refused.Content.ReadAsStringAsync();
        var list = await analyst.GetStringAsync("/models");
        var forced = await PostAsync(analyst, $"/models/{ModelsRegion.Weak}/promote", ("reason", "deliberately"), ("force", "true"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Matches("(?s)role=\"alert\">Not promoted: v0002 is worse than the champion v0001 on the champion&#x27;s validation period\\. Tick the override to promote it anyway\\. On [\\d,]+ rows .*</p>.*<p class=\"comparison\"><span class=\"verdict worse\">worse than the champion</span>", html);
        Assert.Contains(">try the small one</textarea>", html, StringComparison.Ordinal);
        Assert.Matches("<tr data-version=\"v0002\">.*<td class=\"state\">Challenger: <span class=\"verdict worse\">", Regex.Replace(list, "\\s+", " "));
        Assert.Equal(HttpStatusCode.SeeOther, forced.StatusCode);
        Assert.Equal(ModelsRegion.Weak, registry.Champion!.Version);
        Assert.True(registry.Promotions()[^1].Forced);
    }

    [Fact]
    public async Task VersionPage_HasRocReliabilityAndLiftAsWellFormedAccessibleSvgWithoutStyleAttributes()
    {
        var (factory, analyst, _) = await CreateSutAsync();
        using var _f = factory;

        var response = await analyst.GetAsync("/models/v0001");
        var html = await response.Content.ReadAsStringAsync();
        var plots = SvgElement().Matches(html).Select(m => XElement.Parse(m.Value)).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(["ROC", "Reliability", "Lift"], plots.Select(p => p.Element(svg + "title")!.Value));
        Assert.All(plots, p => Assert.False(string.IsNullOrWhiteSpace(p.Element(svg + "desc")?.Value)));
        Assert.All(plots, p => Assert.Equal("img", p.Attribute("role")!.Value));
        Assert.DoesNotContain(plots.SelectMany(p => p.DescendantsAndSelf()), e => e.Attribute("style") is not null);
        Assert.All(plots, p => Assert.NotEmpty(p.Descendants(svg + "polyline")));
        Assert.Contains("<table class=\"subgroups\">", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"reliability\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPage_OfAModelWithoutStoredCurves_DrawsTheLiftFromMetricsAndSaysWhereTheRestIs()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;
        File.Delete(Path.Combine(registry.Show(ModelsRegion.Weak).Directory, "curves.json"));

        var html = await analyst.GetStringAsync($"/models/{ModelsRegion.Weak}");

        Assert.Equal(["Lift"], SvgElement().Matches(html).Select(m => XElement.Parse(m.Value).Elements().First().Value));
        Assert.Contains("ROC and reliability are in its report.html only (download above).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPage_InDanish_DrawsThePlotsWithDanishWords()
    {
        var (factory, analyst, _) = await CreateSutAsync();
        using var _f = factory;
        analyst.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        var html = await analyst.GetStringAsync("/models/v0002");

        Assert.Contains("<title>Pålidelighed</title>", html, StringComparison.Ordinal);
        Assert.Contains(">Gør v0002 til mester</button>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Undergrupper</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_IsADownloadOfTheVersionsReportHtml()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;

        var response = await analyst.GetAsync($"/models/{ModelsRegion.Weak}/report.html");
        var missing = await analyst.GetAsync("/models/..%2Fv0002/report.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(File.ReadAllText(Path.Combine(registry.Show(ModelsRegion.Weak).Directory, "report.html")), await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/models/v9999")]
    [InlineData("/models/v1")]
    [InlineData("/models/champion.json")]
    [InlineData("/models/..%2Fchampion.json")]
    [InlineData("/models/..%2F..%2Fmodels%2Fversions%2Fv0001")]
    [InlineData("/models/.v0002.tmp")]
    public async Task Get_BadVersion_Is404(string path)
    {
        var (factory, analyst, _) = await CreateSutAsync();
        using var _f = factory;

        var response = await analyst.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such model version.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promote_BadVersion_Is404()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;

        var response = await PostAsync(analyst, "/models/..%2Fv0003/promote", ("reason", "sneaky"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ModelsRegion.Champion, registry.Champion!.Version);
    }

    [Fact]
    public async Task ReasonAndWarningsWithMarkup_RenderAsText()
    {
        var (factory, analyst, registry) = await CreateSutAsync();
        using var _f = factory;
        var metricsPath = Path.Combine(registry.Show(ModelsRegion.Twin).Directory, "metrics.json");
        var metrics = JsonNode.Parse(File.ReadAllText(metricsPath))!;
        metrics["warnings"] = new JsonArray("<img src=x onerror=alert(1)>");
        File.WriteAllText(metricsPath, metrics.ToJsonString());

        await PostAsync(analyst, $"/models/{ModelsRegion.Twin}/promote", ("reason", "<script>alert('x')</script> & co"));
        var list = await analyst.GetStringAsync("/models");
        var version = await analyst.GetStringAsync($"/models/{ModelsRegion.Twin}");

        Assert.DoesNotContain("<script>alert", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", version, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;img src=x onerror=alert(1)&gt;</li>", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsEveryVersionTheChampionAndAComparisonAfterCompare()
    {
        var (factory, analyst, _) = await CreateSutAsync();
        using var _f = factory;

        var before = Regex.Replace(await analyst.GetStringAsync("/models"), "\\s+", " ");
        var compare = await PostAsync(analyst, $"/models/{ModelsRegion.Twin}/compare");
        var compared = await analyst.GetStringAsync(compare.Headers.Location!.OriginalString);
        var after = Regex.Replace(await analyst.GetStringAsync("/models"), "\\s+", " ");

        Assert.Equal(["v0003", "v0002", "v0001"], DataVersion().Matches(before).Select(m => m.Groups[1].Value));
        Assert.Matches("<tr data-version=\"v0001\" class=\"champion\">.*<strong>Champion</strong><br>Champion since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d, promoted by test: tests", before);
        Assert.Contains("<td class=\"state\">Challenger: Not compared with the champion yet.</td>", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, compare.StatusCode);
        Assert.Contains("role=\"status\">v0003 was compared with the champion.</p>", compared, StringComparison.Ordinal);
        Assert.Matches("<tr data-version=\"v0003\">.*<td class=\"state\">Challenger: <span class=\"verdict\">not worse than the champion</span>\\. On [\\d,]+ rows", after);
    }

    private async Task<(AttendanceWebFactory Factory, HttpClient Analyst, ModelRegistry Registry)> CreateSutAsync(string dialect = "sqlite")
    {
        var data = region.CreateDataFolder();
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, new Dictionary<string, string?> { ["Data:Directory"] = data });
        await factory.AddUserAsync("ada", [Roles.Analyst]);
        var analyst = factory.CreateBrowser();
        Assert.True((await analyst.SignInAsync("ada")).IsSignInSuccess());
        return (factory, analyst, new ModelRegistry(Path.Combine(data, "models")));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync("/models");
        return await client.PostFormAsync(path, [(Token, token), .. fields]);
    }

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("<tr data-version=\"(v\\d+)\"")]
    private static partial Regex DataVersion();
}
