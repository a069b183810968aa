using System.Text.RegularExpressions;
using Attendance.App.Tests.Jobs;
using Attendance.App.Tests.Offers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class JobsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public Task RunNow_AsAdmin_TheManualRunAppearsWithTheOfferItExpired() => browser.RunAsync(async session =>
    {
        var stale = $"stale-{Guid.NewGuid():N}";
        await OfferSeed.AddAsync(session.Host.Store, stale, "e1", suggestedAt: DateTimeOffset.UtcNow.AddHours(-5));
        var page = await session.SignInAsync(BrowserUser.Admin);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Jobs" }).ClickAsync();
        var expiry = page.Locator("#job-OfferExpiry");
        await Expect(expiry.GetByRole(AriaRole.Heading, new() { Name = "Offer expiry" })).ToBeVisibleAsync();
        await Expect(expiry.Locator("tr.run")).ToHaveCountAsync(0);
        await session.ScreenshotAsync(page, "before");

        await expiry.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/jobs$"));
        // The run happens in the background; the page shows it once it is recorded (the page does not refresh itself).
        await Eventually.GetAsync(async () =>
        {
            await page.ReloadAsync();
            return await expiry.Locator("tr.run").CountAsync();
        }, count => count > 0, "the manual run on the Jobs page");

        var run = expiry.Locator("tr.run").First;
        await Expect(run).ToContainTextAsync("(manual)");
        await Expect(run.Locator(".result")).ToHaveTextAsync("succeeded");
        await Expect(run.Locator(".rows")).ToHaveTextAsync("1");
        await Expect(expiry.Locator("dd.last")).ToContainTextAsync("succeeded");
        Assert.Equal("expired", await OfferSeed.StatusAsync(session.Host.Store, $"{stale}/e1"));
        await session.ScreenshotAsync(page, "run-appeared");
    });
}
