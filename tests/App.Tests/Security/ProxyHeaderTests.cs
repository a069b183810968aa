using System.Net;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;

namespace Attendance.App.Tests.Security;

[Collection(PostgresGroup.Name)]
public sealed class ProxyHeaderTests(PostgresServer postgres)
{
    private const string Header = "X-Sso-User";

    [Fact]
    public async Task Get_TrustedHeaderNamingAnEnabledUser_SignsThemInWithStoredRoles()
    {
        using var factory = await CreateSutAsync(enabled: true);
        await factory.AddUserAsync("sso.anna", [Roles.Planner], displayName: "Anna from SSO", password: null);

        var home = await GetAsync(factory, "/", "SSO.Anna");
        var audit = await GetAsync(factory, "/audit", "sso.anna");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("Anna from SSO", html, StringComparison.Ordinal);
        Assert.Contains("single sign-on", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("disabled.dan")]
    public async Task Get_TrustedHeaderNamingUnknownOrDisabledUser_IsNotSignedIn(string name)
    {
        using var factory = await CreateSutAsync(enabled: true);
        await factory.AddUserAsync("disabled.dan", [Roles.Admin], password: null);
        await factory.DisableUserAsync("disabled.dan");

        var response = await GetAsync(factory, "/", name);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HeaderWhileTrustIsOff_IsIgnored()
    {
        using var factory = await CreateSutAsync(enabled: false);
        await factory.AddUserAsync("sso.anna", [Roles.Admin], password: null);

        var response = await GetAsync(factory, "/", "sso.anna");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<AttendanceWebFactory> CreateSutAsync(bool enabled) =>
        await AttendanceWebFactory.CreateAsync("sqlite", postgres, new Dictionary<string, string?>
        {
            ["Auth:ProxyHeader:Enabled"] = enabled ? "true" : "false",
            ["Auth:ProxyHeader:Name"] = Header,
        });

    private static Task<HttpResponseMessage> GetAsync(AttendanceWebFactory factory, string path, string user)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(Header, user);
        return factory.CreateBrowser().SendAsync(request);
    }
}
