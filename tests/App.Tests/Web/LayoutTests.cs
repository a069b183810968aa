using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;

namespace Attendance.App.Tests.Web;

/// <summary>The frame of every page: menu by role, language, labels.</summary>
[Collection(PostgresGroup.Name)]
public sealed class LayoutTests(PostgresServer postgres)
{
    [Fact]
    public async Task Menu_ShowsOnlyPagesTheRolesMayOpen()
    {
        using var factory = await CreateSutAsync();
        await factory.AddUserAsync("pia", [Roles.Planner]);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var planner = factory.CreateBrowser();
        var admin = factory.CreateBrowser();
        await planner.SignInAsync("pia");
        await admin.SignInAsync("ada");

        var plannerHome = await planner.GetStringAsync("/");
        var adminHome = await admin.GetStringAsync("/");

        Assert.DoesNotContain("href=\"/audit\"", plannerHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit\"", adminHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/\" aria-current=\"page\"", plannerHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_FollowTheBrowserLanguage_AndTheLanguageChoiceBeatsIt()
    {
        using var factory = await CreateSutAsync();
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da-DK,da;q=0.9,en;q=0.5");

        var danish = await browser.GetStringAsync("/login");
        var token = await browser.AntiforgeryTokenAsync();
        var choice = await browser.PostFormAsync("/language", ("__RequestVerificationToken", token), ("lang", "en"), ("returnUrl", "/login"));
        var english = await browser.GetStringAsync("/login");

        Assert.Contains("<html lang=\"da\">", danish, StringComparison.Ordinal);
        Assert.Contains(">Log ind</button>", danish, StringComparison.Ordinal);
        Assert.Equal("/login", choice.Headers.Location!.OriginalString);
        Assert.Contains(">Sign in</button>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageChoice_SignedIn_FollowsTheUserToAnotherBrowser()
    {
        using var factory = await CreateSutAsync();
        await factory.AddUserAsync("pia", [Roles.Planner]);
        var laptop = factory.CreateBrowser();
        await laptop.SignInAsync("pia");
        var token = await laptop.AntiforgeryTokenAsync("/");
        await laptop.PostFormAsync("/language", ("__RequestVerificationToken", token), ("lang", "da"), ("returnUrl", "/"));

        var tablet = factory.CreateBrowser();
        tablet.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var beforeSignIn = await tablet.GetStringAsync("/login");
        await tablet.SignInAsync("pia");
        var afterSignIn = await tablet.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\">", beforeSignIn, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"da\">", afterSignIn, StringComparison.Ordinal);
        Assert.Contains("Planlægger", afterSignIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_EveryVisibleInputHasALabel()
    {
        using var factory = await CreateSutAsync();
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        var login = await browser.GetStringAsync("/login");
        await browser.SignInAsync("ada");
        var audit = await browser.GetStringAsync("/audit");

        foreach (var html in new[] { login, audit })
        {
            var ids = System.Text.RegularExpressions.Regex.Matches(html, "<input(?![^>]*type=\"hidden\")[^>]*id=\"([^\"]+)\"")
                .Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal));
            Assert.DoesNotMatch("<input(?![^>]*type=\"hidden\")(?![^>]*id=)[^>]*>", html);
        }
    }

    private Task<AttendanceWebFactory> CreateSutAsync() => AttendanceWebFactory.CreateAsync("sqlite", postgres);
}
