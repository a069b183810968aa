using System.Net;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Security;

[Collection(PostgresGroup.Name)]
public sealed class AuthorizationTests(PostgresServer postgres)
{
    // The only endpoints open before sign-in; anything else new must ask for a signed-in user.
    private static readonly string[] Anonymous = ["/healthz", "/assets/{file}", "/language", "/login"];

    [Theory]
    [InlineData("/")]
    [InlineData("/audit")]
    [InlineData("/audit?actor=x")]
    public async Task Get_PageAnonymously_RedirectsToLoginWithReturnUrl(string path)
    {
        using var factory = await CreateSutAsync();

        var response = await factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_ApiAnonymously_Is401WithoutRedirect()
    {
        using var factory = await CreateSutAsync();

        var response = await factory.CreateBrowser().GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Get_AuditPageAsPlanner_Is403PageNotTheLog()
    {
        using var factory = await CreateSutAsync();
        await factory.AddUserAsync("pia", [Roles.Planner]);
        var browser = factory.CreateBrowser();
        Assert.True((await browser.SignInAsync("pia")).IsSignInSuccess());

        var response = await browser.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not allowed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("user.add", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApiMe_SignedIn_ReturnsNameDisplayNameAndRolesAsJson()
    {
        using var factory = await CreateSutAsync();
        await factory.AddUserAsync("pia", [Roles.Planner, Roles.Analyst], displayName: "Pia P");
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("pia");

        var me = await browser.GetStringAsync("/api/me");

        Assert.Equal("""{"userName":"pia","displayName":"Pia P","roles":["planner","analyst"]}""", me);
    }

    [Fact]
    public async Task Endpoints_AllButTheSignInBasicsRequireASignedInUser()
    {
        using var factory = await CreateSutAsync();

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var open = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().Order().ToList();
        Assert.Equal(Anonymous.Order(), open);
        var audit = Assert.Single(endpoints, e => e.RoutePattern.RawText == "/audit");
        Assert.Contains(audit.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Roles.Admin);
    }

    [Fact]
    public async Task Home_DisplayNameWithScript_RendersAsText()
    {
        using var factory = await CreateSutAsync();
        await factory.AddUserAsync("eve", [Roles.Analyst], displayName: "<script>alert('x')</script>\"><img src=x onerror=alert(1)>");
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("eve");

        var html = await browser.GetStringAsync("/");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    private Task<AttendanceWebFactory> CreateSutAsync() => AttendanceWebFactory.CreateAsync("sqlite", postgres);
}
