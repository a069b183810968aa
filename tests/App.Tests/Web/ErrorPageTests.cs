using System.Net;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;

namespace Attendance.App.Tests.Web;

[Collection(PostgresGroup.Name)]
public sealed class ErrorPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task Page_StoreGoneWhileSignedIn_Is503PageWithHeadersAndNoExceptionText()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("postgres", postgres);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("ada");

        await PostgresServer.DropDatabaseAsync(factory.Store.Location.ConnectionString);
        var response = await browser.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Temporarily unavailable</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
