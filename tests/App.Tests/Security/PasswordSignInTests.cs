using System.Net;
using Attendance.App.Audit;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Security;

[Collection(PostgresGroup.Name)]
public sealed class PasswordSignInTests(PostgresServer postgres)
{
    private static readonly Dictionary<string, string?> ThreeTriesQuarterHour = new()
    {
        ["Auth:MaxFailedLogins"] = "3",
        ["Auth:LockoutPeriod"] = "00:15:00",
    };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SignIn_AfterMaxFailures_RefusesTheRightPasswordUntilThePeriodEnds(string dialect)
    {
        using var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, ThreeTriesQuarterHour);
        await factory.AddUserAsync("anna", [Roles.Planner]);
        var browser = factory.CreateBrowser();

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add(await browser.SignInAsync("anna", "not the password"));
        }
        var whileLocked = await browser.SignInAsync("anna");
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await browser.SignInAsync("anna");
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var afterPeriod = await browser.SignInAsync("anna");

        Assert.All(wrong, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Contains("Sign-in failed", await wrong[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(whileLocked.IsSignInSuccess());
        Assert.False(stillLocked.IsSignInSuccess());
        Assert.True(afterPeriod.IsSignInSuccess());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var log = await factory.Services.GetRequiredService<AuditLog>()
            .QueryAsync(new AuditQuery(null, AuditActions.UserLockedOut, 1), CancellationToken.None);
        var lockout = Assert.Single(log.Records).Entry;
        Assert.Equal("user anna", lockout.Subject);
        Assert.Equal(factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1), lockout.At);
    }

    [Fact]
    public async Task SignIn_FailuresBelowTheLimitThenSuccess_StartsTheCountAgain()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, ThreeTriesQuarterHour);
        await factory.AddUserAsync("anna", [Roles.Planner]);
        var browser = factory.CreateBrowser();

        await browser.SignInAsync("anna", "wrong");
        await browser.SignInAsync("anna", "wrong");
        Assert.True((await browser.SignInAsync("anna")).IsSignInSuccess());
        await browser.SignInAsync("anna", "wrong");
        await browser.SignInAsync("anna", "wrong");

        Assert.True((await factory.CreateBrowser().SignInAsync("anna")).IsSignInSuccess());
    }

    [Fact]
    public async Task SignIn_MoreAttemptsPerMinuteThanAllowedFromOneAddress_Are429WhicheverTheUser()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, new Dictionary<string, string?> { ["Auth:SignInAttemptsPerMinute"] = "3" });
        await factory.AddUserAsync("anna", [Roles.Planner]);
        var browser = factory.CreateBrowser();

        var tries = new List<HttpStatusCode>();
        foreach (var name in new[] { "anna", "bo", "cy" })
        {
            tries.Add((await browser.SignInAsync(name, "Summer2026!")).StatusCode);
        }
        var fourth = await browser.SignInAsync("anna");

        Assert.All(tries, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
    }

    [Fact]
    public async Task SignIn_DisabledUser_IsRefusedWithTheRightPassword()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("bo", [Roles.Admin]);
        await factory.DisableUserAsync("bo");

        var response = await factory.CreateBrowser().SignInAsync("bo");

        Assert.False(response.IsSignInSuccess());
        Assert.Contains("Sign-in failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_UserDisabledAfterSignIn_EndsAtTheNextRequest()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("bo", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("bo");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/audit")).StatusCode);

        await factory.DisableUserAsync("bo");
        var response = await browser.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_PasswordChangedElsewhere_EndsOtherSessions()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("bo", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("bo");

        await factory.Services.GetRequiredService<UserAdministration>()
            .SetPasswordAsync("bo", "an entirely new password", "test", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Session_IdleLongerThanTheSessionLifetime_Ends_WhileActivityKeepsItAlive()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, new Dictionary<string, string?> { ["Auth:SessionLifetime"] = "01:00:00" });
        await factory.AddUserAsync("bo", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("bo");

        var active = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(40));
            active.Add((await browser.GetAsync("/")).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var idle = await browser.GetAsync("/");

        Assert.All(active, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_RedirectsHomeInstead()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("bo", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        var token = await browser.AntiforgeryTokenAsync();

        var response = await browser.PostFormAsync("/login", ("__RequestVerificationToken", token),
            ("userName", "BO"), ("password", AttendanceWebFactory.Password), ("returnUrl", "//evil.example/x"));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        await factory.AddUserAsync("bo", [Roles.Admin]);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("bo");

        var token = await browser.AntiforgeryTokenAsync("/");
        var signOut = await browser.PostFormAsync("/logout", ("__RequestVerificationToken", token));

        Assert.Equal("/login", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }
}
