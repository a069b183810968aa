using System.Runtime.CompilerServices;
using Attendance.App.Jobs;
using Attendance.App.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attendance.App.Tests.Browser;

/// <summary>
/// For the browser tests: one Attendance host on a real loopback port (<see cref="LiveHost"/>, with a
/// login per role, <see cref="BrowserUser.All"/>) and one headless Debian Chromium driven by
/// Playwright's own driver. Each test gets fresh browser contexts through <see cref="RunAsync"/>.
/// </summary>
/// <remarks>
/// No job runs on its schedule here (a test triggers what it needs), so nothing changes under a test.
/// Playwright never downloads a browser: it launches <see cref="ChromiumPath"/>.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private LiveHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where each test's screenshots go: <c>TestResults/screenshots/&lt;class&gt;.&lt;test&gt;/</c> in the checkout (kept by <c>./test.sh</c>, ignored by git).</summary>
    public static string ScreenshotRoot { get; } = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"the browser tests need Debian's Chromium at {ChromiumPath}, which is missing: run scripts/install-deps.sh --test");
        }
        // The driver inherits this: even a misconfigured launch must not fetch browsers from the internet.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // Slow shared machines: give the auto-waiting expectations room; a passing test never waits this long.
        Assertions.SetDefaultExpectTimeout(15_000);

        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                $"Chromium at {ChromiumPath} did not start ({e.Message.Split('\n')[0]}): run scripts/install-deps.sh --test", e);
        }

        var settings = JobCatalog.All.ToDictionary(job => $"Jobs:{job.Name}:Enabled", _ => (string?)"false");
        // Every test signs in from 127.0.0.1; the per-address limit is for attackers, not for this suite.
        settings["Auth:SignInAttemptsPerMinute"] = "10000";
        _host = await LiveHost.StartAsync(settings);
        foreach (var user in BrowserUser.All)
        {
            await _host.AddUserAsync(user.Name, user.DisplayName, user.Roles, BrowserUser.Password);
        }
    }

    /// <summary>
    /// Runs one test's browser work in a new <see cref="BrowserSession"/>, its screenshots in a folder
    /// named after the test (emptied first); if the test fails, every page it opened is photographed
    /// before the failure is reported. Call it as the whole body of the test.
    /// </summary>
    internal async Task RunAsync(Func<BrowserSession, Task> test, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(test);
        if (_host is null || _browser is null)
        {
            throw new InvalidOperationException("the browser fixture has not started");
        }
        // One type per file: the file's name is the test class's.
        var folder = Path.Combine(ScreenshotRoot, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);

        await using var session = new BrowserSession(_browser, _host, folder);
        try
        {
            await test(session);
        }
        catch
        {
            await session.ScreenshotFailureAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
