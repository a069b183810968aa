using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class AccessBrowserTests(BrowserFixture browser)
{
    /// <summary>Pages outside a planner's role, with their menu titles.</summary>
    private static readonly (string Path, string Title)[] NotForPlanners = [("/audit", "Audit log"), ("/offers", "Offers"), ("/models", "Models")];

    [Fact]
    public Task Planner_TheMenuLacksPagesOutsideTheRole_AndOpeningThemShowsNotAllowed() => browser.RunAsync(async session =>
    {
        var page = await session.SignInAsync(BrowserUser.Planner);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true })).ToBeVisibleAsync();
        foreach (var (path, title) in NotForPlanners)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToHaveCountAsync(0);
            await Expect(menu.Locator($"a[href='{path}']")).ToHaveCountAsync(0);
        }
        await session.ScreenshotAsync(page, "menu");

        foreach (var (path, title) in NotForPlanners)
        {
            var response = await page.GotoAsync(path);

            Assert.Equal(403, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
            await Expect(page.Locator("main")).ToContainTextAsync("Your roles do not give access to this page.");
            await Expect(page).ToHaveTitleAsync("Not allowed · Attendance");
            await session.ScreenshotAsync(page, $"denied-{path.Trim('/')}");
        }
    });
}
