using System.Net;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attendance.App.Tests.Security;

[Collection(PostgresGroup.Name)]
public sealed class DataProtectionKeysTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Session_SignedInOnOneNode_IsAcceptedByAnotherOnTheSameStore(string dialect)
    {
        using var first = await AttendanceWebFactory.CreateAsync(dialect, postgres);
        await first.AddUserAsync("ada", [Roles.Admin]);
        var session = await SignInAndGetSessionCookieAsync(first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        using var second = new AttendanceWebFactory(first.Store);

        var request = new HttpRequestMessage(HttpMethod.Get, "/audit");
        request.Headers.Add("Cookie", session);
        var response = await second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var connection = await first.Store.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, Convert.ToInt64(await connection.ExecuteScalarAsync("SELECT COUNT(*) FROM data_protection_keys"), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string> SignInAndGetSessionCookieAsync(HttpClient client)
    {
        var login = await client.GetAsync("/login");
        var antiforgeryCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".attendance.antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var token = System.Text.RegularExpressions.Regex.Match(await login.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([
                KeyValuePair.Create("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token)),
                KeyValuePair.Create("userName", "ada"),
                KeyValuePair.Create("password", AttendanceWebFactory.Password)]),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".attendance.session=", StringComparison.Ordinal)).Split(';')[0];
    }
}
