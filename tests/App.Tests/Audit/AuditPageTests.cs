using System.Net;
using System.Text.RegularExpressions;
using Attendance.App.Audit;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Audit;

[Collection(PostgresGroup.Name)]
public sealed partial class AuditPageTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AuditPage_ShowsNewestFirstInPagesOfFifty(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        // The admin's own creation is entry 1; 59 more make 60.
        await AppendAsync(factory, Enumerable.Range(1, 59).Select(i => ("kim", "offer.accept", $"offer {i}")));

        var first = await admin.GetStringAsync("/audit");
        var second = await admin.GetStringAsync("/audit?page=2");

        Assert.Equal(50, Rows(first).Count);
        Assert.Contains("offer 59", Rows(first)[0], StringComparison.Ordinal);
        Assert.Contains("offer 10", Rows(first)[49], StringComparison.Ordinal);
        Assert.Contains("href=\"/audit?page=2\" rel=\"next\">Older", first, StringComparison.Ordinal);
        Assert.Equal(10, Rows(second).Count);
        Assert.Contains("user ada", Rows(second)[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit\" rel=\"prev\">Newer", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AuditPage_FiltersByActorAndAction(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await AppendAsync(factory, [("kim", "offer.accept", "offer 1"), ("kim", "offer.reject", "offer 2"), ("lis", "offer.accept", "offer 3")]);

        var kim = Rows(await admin.GetStringAsync("/audit?actor=kim"));
        var accepts = Rows(await admin.GetStringAsync("/audit?action=offer.accept"));
        var kimAccepts = Rows(await admin.GetStringAsync("/audit?actor=kim&action=offer.accept"));

        Assert.Equal(["offer 2", "offer 1"], kim.Select(Subject));
        Assert.Equal(["offer 3", "offer 1"], accepts.Select(Subject));
        Assert.Equal(["offer 1"], kimAccepts.Select(Subject));
    }

    [Theory]
    [InlineData("sqlite", "' OR 1=1 --")]
    [InlineData("postgres", "' OR 1=1 --")]
    [InlineData("sqlite", "kim' OR 'a'='a")]
    [InlineData("postgres", "\"; DROP TABLE audit_log; --")]
    public async Task AuditPage_FilterWithSqlMetacharacters_MatchesNothingAndHarmsNothing(string dialect, string filter)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await AppendAsync(factory, [("kim", "offer.accept", "offer 1")]);

        var byActor = await admin.GetAsync($"/audit?actor={Uri.EscapeDataString(filter)}");
        var byAction = await admin.GetAsync($"/audit?action={Uri.EscapeDataString(filter)}");

        Assert.Equal(HttpStatusCode.OK, byActor.StatusCode);
        Assert.Empty(Rows(await byActor.Content.ReadAsStringAsync()));
        Assert.Empty(Rows(await byAction.Content.ReadAsStringAsync()));
        Assert.Contains("No entries.", await byActor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, Rows(await admin.GetStringAsync("/audit")).Count);
    }

    [Fact]
    public async Task AuditPage_UntrustedStringsInEntries_RenderAsText()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;
        await factory.AddUserAsync("mallory", [Roles.Planner], displayName: "<script>alert(1)</script>");
        await AppendAsync(factory, [("<b>kim</b>", "offer.accept", "visit type <img src=x onerror=alert(2)>")]);

        var html = await admin.GetStringAsync("/audit");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>kim", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit?actor=%3Cb%3Ekim%3C%2Fb%3E\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_InDanish_UsesDanishTexts()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        var html = await admin.GetStringAsync("/audit");

        Assert.Contains("<h1>Revisionslog</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Tidspunkt</th>", html, StringComparison.Ordinal);
    }

    private async Task<(AttendanceWebFactory Factory, HttpClient Admin)> CreateSutAsync(string dialect)
    {
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var admin = factory.CreateBrowser();
        Assert.True((await admin.SignInAsync("ada")).IsSignInSuccess());
        return (factory, admin);
    }

    private static async Task AppendAsync(AttendanceWebFactory factory, IEnumerable<(string Actor, string Action, string Subject)> entries)
    {
        var log = factory.Services.GetRequiredService<AuditLog>();
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var (actor, action, subject) in entries)
        {
            await log.AppendAsync(connection, transaction,
                new AuditEntry(factory.Clock.GetUtcNow(), actor, action, subject, null, """{"state":"suggested"}"""), CancellationToken.None);
        }
        await transaction.CommitAsync();
    }

    private static List<string> Rows(string html) => BodyRow().Matches(html).Select(m => m.Value).ToList();

    private static string Subject(string row) => SubjectCell().Match(row).Groups[1].Value;

    [GeneratedRegex("<tr><td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("</a></td>\\s*<td>([^<]*)</td>", RegexOptions.Singleline)]
    private static partial Regex SubjectCell();
}
