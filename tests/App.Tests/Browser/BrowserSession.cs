using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

/// <summary>
/// One test's browser work: its browser contexts (each a separate browser profile with its own
/// cookies, like a second administrator at another desk), its screenshots, and the users it creates.
/// Made by <see cref="BrowserFixture.RunAsync"/>, which also photographs every open page when the test fails.
/// </summary>
internal sealed class BrowserSession(IBrowser browser, LiveHost host, string screenshotFolder) : IAsyncDisposable
{
    /// <summary>The width most of the clinics' screens have; tablets are 768.</summary>
    public const int DesktopWidth = 1280;

    private readonly List<IPage> _pages = [];
    private int _step;

    /// <summary>The running host (its store and services, for seeding and checking rows).</summary>
    public LiveHost Host => host;

    /// <summary>A new browser context (no cookies) with one page, at the host's address, with an English-speaking browser.</summary>
    public async Task<IPage> NewPageAsync(int width = DesktopWidth, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        _pages.Add(page);
        return page;
    }

    /// <summary>A new browser context signed in as <paramref name="user"/> through the login form, on the home page.</summary>
    public async Task<IPage> SignInAsync(BrowserUser user, int width = DesktopWidth, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(user);
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.Locator("#userName").FillAsync(user.Name);
        await page.Locator("#password").FillAsync(BrowserUser.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(host.BaseAddress, "/").ToString());
        return page;
    }

    /// <summary>
    /// A new user of its own for a test that changes the user's state (language, failed sign-ins), so
    /// that no other test sees the change.
    /// </summary>
    public async Task<BrowserUser> AddUserAsync(string displayName, params string[] roles)
    {
        var user = new BrowserUser($"u-{Guid.NewGuid():N}"[..14], displayName, roles);
        await host.AddUserAsync(user.Name, user.DisplayName, user.Roles, BrowserUser.Password);
        return user;
    }

    /// <summary>Saves the whole page as <c>NN-step.png</c> in this test's screenshot folder.</summary>
    public async Task ScreenshotAsync(IPage page, string step)
    {
        ArgumentNullException.ThrowIfNull(page);
        _step++;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = StepPath(step), FullPage = true });
    }

    /// <summary>Photographs every open page; a page that cannot be photographed (closed, crashed) is left out, so the test's own failure stays the one reported.</summary>
    public async Task ScreenshotFailureAsync()
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            try
            {
                await _pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = StepPath($"failed-page{i + 1}"), FullPage = true, Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Context.DisposeAsync();
        }
    }

    private string StepPath(string step) =>
        Path.Combine(screenshotFolder, $"{_step.ToString("00", CultureInfo.InvariantCulture)}-{step}.png");
}
