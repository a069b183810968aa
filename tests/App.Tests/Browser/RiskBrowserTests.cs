using Attendance.App.Risk;
using Attendance.App.Tests.Risk;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class RiskBrowserTests(BrowserFixture browser)
{
    [Fact]
    public Task MarkCalled_AsPlanner_TheRowShowsWhoCalledWithAnUndo() => browser.RunAsync(async session =>
    {
        var today = FlaggedBookingStore.LocalDay(DateTimeOffset.UtcNow);
        var (called, other) = ($"call-{Guid.NewGuid():N}"[..13], $"keep-{Guid.NewGuid():N}"[..13]);
        await RiskSut.ScoreAsync(session.Host.Services.GetRequiredService<FlaggedBookingStore>(), session.Host.Store,
        [
            new(called, RiskSut.At(today.AddDays(1), 9), Probability: 0.42, Patient: "p-41", Reasons: ["første besøg"]),
            new(other, RiskSut.At(today.AddDays(1), 10), Probability: 0.31, Action: "digital_reminder", Band: "high", Patient: "p-42"),
        ], today);
        var page = await session.SignInAsync(BrowserUser.Planner);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Risky bookings" }).ClickAsync();
        var row = page.Locator($"tr.booking[data-appointment-id='{called}']");
        await Expect(row.Locator(".patient")).ToHaveTextAsync("p-41");
        await Expect(row.Locator(".probability")).ToHaveTextAsync("42%");
        await session.ScreenshotAsync(page, "list");

        await row.GetByRole(AriaRole.Button, new() { Name = "Mark called" }).ClickAsync();

        var mark = row.Locator(".mark.done[data-mark='called']");
        await Expect(mark).ToContainTextAsync("Called by pia, ");
        await Expect(mark.GetByRole(AriaRole.Button, new() { Name = "Undo called" })).ToBeVisibleAsync();
        await Expect(page.Locator($"tr.booking[data-appointment-id='{other}'] .mark.done")).ToHaveCountAsync(0);
        await session.ScreenshotAsync(page, "called");
        await using var connection = await session.Host.Store.OpenAsync(CancellationToken.None);
        var marks = await connection.QueryAsync<(string, string)>(
            "SELECT mark, marked_by FROM booking_marks WHERE appointment_id IN (@called, @other)", new { called, other });
        Assert.Equal([("called", "pia")], marks);
    });
}
