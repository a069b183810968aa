using System.Text.RegularExpressions;
using Attendance.App.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class KeyboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public Task SkipLink_IsTheFirstTabStop_AndMovesFocusToMain() => browser.RunAsync(async session =>
    {
        var page = await session.SignInAsync(BrowserUser.Admin);
        await page.GotoAsync("/jobs");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await session.ScreenshotAsync(page, "skip-link-focused");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/jobs#main$"));
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        // The next Tab continues inside main, not back in the menu.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    });

    [Fact]
    public Task SignInAndLanguageForms_WorkWithTheKeyboardAlone() => browser.RunAsync(async session =>
    {
        var user = await session.AddUserAsync("Kim Tastatur", Roles.Planner);
        var page = await session.NewPageAsync();
        await page.GotoAsync("/login");

        await Expect(page.GetByLabel("User name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(user.Name);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(BrowserUser.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Home");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Dansk" }));
        await session.ScreenshotAsync(page, "dansk-focused");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forside");
        await session.ScreenshotAsync(page, "danish");
    });

    /// <summary>Presses Tab until <paramref name="target"/> has the focus; fails if it is not among the page's first tab stops.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, int maxTabs = 30)
    {
        for (var tabs = 0; tabs < maxTabs; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }
        Assert.Fail($"{target} is not among the first {maxTabs} tab stops");
    }
}
