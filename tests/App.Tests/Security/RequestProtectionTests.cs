using System.Net;
using Attendance.App.Security;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;

namespace Attendance.App.Tests.Security;

/// <summary>Antiforgery on every POST and the security headers on every response.</summary>
[Collection(PostgresGroup.Name)]
public sealed class RequestProtectionTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("/logout")]
    [InlineData("/language")]
    [InlineData("/login")]
    [InlineData("/audit")]
    public async Task Post_SignedInWithoutAntiforgeryToken_Is400(string path)
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("ada");

        var response = await browser.PostFormAsync(path, ("lang", "da"), ("userName", "ada"), ("password", AttendanceWebFactory.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PostLogin_WithoutToken_Is400AndDoesNotSignIn()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var browser = factory.CreateBrowser();

        var response = await browser.PostFormAsync("/login", ("userName", "ada"), ("password", AttendanceWebFactory.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PostLogout_WithTokenOfAnotherSession_Is400()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var victim = factory.CreateBrowser();
        await victim.SignInAsync("ada");
        var attackersToken = await factory.CreateBrowser().AntiforgeryTokenAsync();

        var response = await victim.PostFormAsync("/logout", ("__RequestVerificationToken", attackersToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/login", "anonymous")]
    [InlineData("/healthz", "anonymous")]
    [InlineData("/assets/site.css", "anonymous")]
    [InlineData("/no-such-page", "admin")]
    [InlineData("/assets/none.js", "anonymous")]
    [InlineData("/", "anonymous")]
    [InlineData("/audit", "planner")]
    [InlineData("/audit", "admin")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string path, string who)
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        var browser = factory.CreateBrowser();
        if (who != "anonymous")
        {
            await factory.AddUserAsync("someone", [who]);
            await browser.SignInAsync("someone");
        }

        var response = await browser.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task Hsts_IsSentOnlyOverTls(string baseAddress, bool expected)
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress) });

        var response = await client.GetAsync("/healthz");

        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptsOrStyles()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        var login = await browser.GetStringAsync("/login");
        await browser.SignInAsync("ada");
        var pages = new[] { login, await browser.GetStringAsync("/"), await browser.GetStringAsync("/audit") };

        Assert.All(pages, html =>
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
            // Event-handler attributes inside tags (encoded text has no '<', so it cannot match).
            Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
        });
    }
}
