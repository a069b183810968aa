using Attendance.App.Users;
using Microsoft.Playwright;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class TabletBrowserTests(BrowserFixture browser)
{
    private const int TabletWidth = 768;
    private const int TabletHeight = 1024;

    [Fact]
    public Task TabletWidth_NoPageScrollsSideways_InEitherLanguage() => browser.RunAsync(async session =>
    {
        var signedOut = await session.NewPageAsync(TabletWidth, TabletHeight);
        await signedOut.GotoAsync("/login");
        await AssertFitsAsync(session, signedOut, "login");

        // Every role, so the menu lists every page there is.
        var user = await session.AddUserAsync("Tove Tablet", [.. Roles.All]);
        var page = await session.SignInAsync(user, TabletWidth, TabletHeight);
        var paths = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link)
            .EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        Assert.Contains("/jobs", paths);
        foreach (var language in new[] { "en", "da" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Dansk" : "English" }).ClickAsync();
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                // Danish, the users' language, has the longer words: its pages are the ones photographed.
                await AssertFitsAsync(session, page, language == "da" ? $"da-{(path == "/" ? "home" : path.Trim('/'))}" : null);
            }
        }
    });

    /// <param name="step">The screenshot's name; null for none.</param>
    private static async Task AssertFitsAsync(BrowserSession session, IPage page, string? step)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        if (step is not null)
        {
            await session.ScreenshotAsync(page, step);
        }
        Assert.True(scrollWidth <= clientWidth, $"{page.Url} is {scrollWidth} px wide in a {clientWidth} px window");
    }
}
