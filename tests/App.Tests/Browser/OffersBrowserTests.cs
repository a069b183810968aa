using System.Globalization;
using System.Text.RegularExpressions;
using Attendance.App.Offers;
using Attendance.App.Tests.Offers;
using Attendance.App.Users;
using Dapper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attendance.App.Tests.Browser;

/// <summary>
/// Calendar administrators deciding on offers; each test has a department and waiting-list entries of its
/// own, so tests do not see each other's offers (an accepted entry hides its other offers everywhere).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class OffersBrowserTests(BrowserFixture browser)
{
    /// <summary>Tomorrow 10:00 in the clinics' time zone: inside the page's default week whatever the real date.</summary>
    private static readonly DateTimeOffset SlotStart = OfferDays.Start(OfferDays.Of(DateTimeOffset.UtcNow).AddDays(1)).AddHours(10);

    [Fact]
    public Task Accept_AsCalendarAdmin_TheOfferLeavesTheQueueWithAConfirmation() => browser.RunAsync(async session =>
    {
        var department = NewDepartment();
        await SeedAsync(session, department, slot: "s1", entry: "e1");
        await SeedAsync(session, department, slot: "s2", entry: "e2", start: SlotStart.AddHours(1));
        var page = await session.SignInAsync(BrowserUser.CalendarAdmin);
        await OpenOffersAsync(page, department);
        var accepted = Row(page, department, "s1", "e1");
        await Expect(accepted.Locator(".patient")).ToHaveTextAsync($"p-e1");
        await Expect(page.Locator("tr[data-offer-id]")).ToHaveCountAsync(2);
        await session.ScreenshotAsync(page, "queue");

        await accepted.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Offer accepted.");
        await Expect(accepted).ToHaveCountAsync(0);
        await Expect(Row(page, department, "s2", "e2")).ToBeVisibleAsync();
        await Expect(page.Locator("#department")).ToHaveValueAsync(department);
        await session.ScreenshotAsync(page, "accepted");
        Assert.Equal([("accepted", "carl")], await DecisionsAsync(session, $"{department}-s1"));
    });

    [Fact]
    public Task ConflictingAccepts_FromTwoBrowsers_OneWinsAndTheOtherIsToldWhoDecided() => browser.RunAsync(async session =>
    {
        var department = NewDepartment();
        var slot = $"{department}-s1";
        await SeedAsync(session, department, slot: "s1", entry: "e1");
        await SeedAsync(session, department, slot: "s1", entry: "e2");
        var colleague = await session.AddUserAsync("Kirsten Kalender", Roles.CalendarAdmin);
        var first = await session.SignInAsync(BrowserUser.CalendarAdmin);
        var second = await session.SignInAsync(colleague);
        await OpenOffersAsync(first, department);
        await OpenOffersAsync(second, department);
        await Expect(second.Locator("tr[data-offer-id]")).ToHaveCountAsync(2);
        // A second tab of the second administrator, as stale as the first: a refreshed page no longer offers a taken slot.
        var secondTab = await second.Context.NewPageAsync();
        await secondTab.GotoAsync(second.Url);
        await Expect(secondTab.Locator("tr[data-offer-id]")).ToHaveCountAsync(2);

        await Row(first, department, "s1", "e1").GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("Offer accepted.");
        // The second administrator's page is stale: it still offers the accepted offer.
        await Row(second, department, "s1", "e1").GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            new Regex("^Not changed: the offer to p-e1 was already accepted by carl at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.$"));
        await session.ScreenshotAsync(second, "same-offer-refused");

        await Expect(Row(second, department, "s1", "e2")).ToHaveCountAsync(0);

        // The other candidate for the same slot: the slot is taken.
        await Row(secondTab, department, "s1", "e2").GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        var slotTime = OfferDays.Local(SlotStart).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await Expect(secondTab.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            new Regex($"^Not accepted: the slot at {slotTime} was already given to p-e1 by carl at \\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.$"));
        await session.ScreenshotAsync(secondTab, "same-slot-refused");

        Assert.Equal([("accepted", "carl"), ("suggested", null)], await DecisionsAsync(session, slot));
    });

    private static string NewDepartment() => $"dept-{Guid.NewGuid():N}"[..13];

    private static Task SeedAsync(BrowserSession session, string department, string slot, string entry, DateTimeOffset? start = null) =>
        OfferSeed.AddAsync(session.Host.Store, $"{department}-{slot}", $"{department}-{entry}", department, start: start ?? SlotStart,
            patient: "p-" + entry, suggestedAt: DateTimeOffset.UtcNow);

    /// <summary>The page's row of the offer <see cref="SeedAsync"/> made.</summary>
    private static ILocator Row(IPage page, string department, string slot, string entry) =>
        page.Locator($"tr[data-offer-id='{department}-{slot}/{department}-{entry}']");

    /// <summary>Opens the Offers page from the menu and narrows it to one department with the filter form.</summary>
    private static async Task OpenOffersAsync(IPage page, string department)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Offers", Exact = true }).ClickAsync();
        await page.GetByLabel("Department", new() { Exact = true }).SelectOptionAsync(department);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Expect(page.Locator($"section.offer-group[data-department='{department}']")).ToBeVisibleAsync();
    }

    /// <summary>Each offer of the slot's status and decider, by offer id.</summary>
    private static async Task<List<(string Status, string? DecidedBy)>> DecisionsAsync(BrowserSession session, string slot)
    {
        await using var connection = await session.Host.Store.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(string, string?)>(
            "SELECT status, decided_by FROM offers WHERE slot_id = @slot ORDER BY offer_id", new { slot });
        return [.. rows];
    }
}
