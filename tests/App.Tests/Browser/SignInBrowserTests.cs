using System.Text.RegularExpressions;
using Attendance.App.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class SignInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public Task SignIn_WrongPasswordShowsTheMessage_RightOneLandsOnHomeWithTheUsersName() => browser.RunAsync(async session =>
    {
        var user = await session.AddUserAsync("Signe Sygeplejerske", Roles.Planner);
        var page = await session.NewPageAsync();
        await page.GotoAsync("/jobs");
        await Expect(page).ToHaveURLAsync(new Regex("/login\\?returnUrl=%2Fjobs$"));

        await page.GetByLabel("User name").FillAsync(user.Name);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Sign-in failed: wrong user name or password, or the account is locked or disabled.");
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync(user.Name);
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
        await session.ScreenshotAsync(page, "wrong-password");

        await page.GetByLabel("Password").FillAsync(BrowserUser.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/jobs$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"Signed in as Signe Sygeplejerske ({user.Name}).");
        await Expect(page.Locator("header .session")).ToContainTextAsync("Signe Sygeplejerske");
        await session.ScreenshotAsync(page, "home");
    });
}
