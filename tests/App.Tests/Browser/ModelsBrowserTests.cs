using Attendance.App.Models;
using Attendance.App.Tests.Jobs.Scoring;
using Attendance.Training.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

/// <summary>The Models page on a model trained by the real trainer (<see cref="ScoringRegion"/>), added to the host's registry as <c>attendance train</c> leaves it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ModelsBrowserTests(BrowserFixture browser, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    [Fact]
    public Task Promote_AsAnalyst_TheVersionBecomesTheChampionOnTheModelsPage() => browser.RunAsync(async session =>
    {
        var version = session.Host.Services.GetRequiredService<ModelDesk>().Registry.Add(new ModelRegistry(region.Registry).ChampionDirectory!);
        var page = await session.SignInAsync(BrowserUser.Analyst);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Models" }).ClickAsync();
        var row = page.Locator($"tr[data-version='{version}']");
        await Expect(row.Locator(".state")).ToContainTextAsync("Challenger");
        await session.ScreenshotAsync(page, "challenger");

        await row.GetByRole(AriaRole.Link, new() { Name = version }).ClickAsync();
        await Expect(page.Locator(".plots svg").First).ToBeVisibleAsync();
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("first model for the browser test");
        await session.ScreenshotAsync(page, "version");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Promote {version}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{version} is now the champion (was none).");
        await Expect(page.Locator($"tr.champion[data-version='{version}'] .state")).ToContainTextAsync("Champion since ");
        await Expect(page.Locator(".champion-line")).ToContainTextAsync("promoted by ana: first model for the browser test");
        await session.ScreenshotAsync(page, "champion");
    });
}
