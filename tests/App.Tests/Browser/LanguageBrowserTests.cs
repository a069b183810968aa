using Attendance.App.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class LanguageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public Task Dansk_TranslatesThePage_AndStaysOnOtherPagesAndAtTheNextSignInElsewhere() => browser.RunAsync(async session =>
    {
        var user = await session.AddUserAsync("Lise Sprog", Roles.Planner);
        var page = await session.SignInAsync(user);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dansk" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "da");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forside");
        await Expect(page.Locator("main")).ToContainTextAsync("Logget ind som Lise Sprog");
        await Expect(page.Locator("main li")).ToHaveTextAsync("Planlægger");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync();
        await session.ScreenshotAsync(page, "home-danish");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Job", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Job");
        await Expect(page.Locator("#title-Scoring")).ToHaveTextAsync("Natlig risikoberegning");
        await session.ScreenshotAsync(page, "jobs-danish");

        // Another browser (no language cookie, English Accept-Language): the stored choice wins after sign-in.
        var elsewhere = await session.SignInAsync(user);
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "da");
        await Expect(elsewhere.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forside");
        await session.ScreenshotAsync(elsewhere, "next-sign-in");
    });
}
