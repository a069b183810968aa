using System.Net;
using System.Text.Json;
using Attendance.App.Audit;
using Attendance.App.Risk;
using Attendance.App.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Risk;

[Collection(PostgresGroup.Name)]
public sealed class RiskMarkTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Mark_DoubleClickThenUndoTwice_OneMarkOneAuditEachWay_AndNoFailure(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync(RiskData.Night);

        var first = await sut.MarkAsync("a1", BookingMarks.Called);
        var second = await sut.MarkAsync("a1", BookingMarks.Called);
        var marks = await sut.MarksAsync();
        var row = RiskPageTests.RowOf(await sut.GetAsync("/risk"), "a1");
        var undo = await sut.MarkAsync("a1", BookingMarks.Called, undo: true);
        var undoAgain = await sut.MarkAsync("a1", BookingMarks.Called, undo: true);

        Assert.All([first, second, undo, undoAgain], response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        Assert.Equal("/risk?open=1#booking-a1", first.Headers.Location!.OriginalString);
        Assert.Equal([("a1", "called", "pia")], marks);
        // The clock stands at 08:00 UTC: 09:00 in Copenhagen.
        Assert.Contains("<span class=\"marked\">Called by pia, 2026-03-02 09:00</span>", row, StringComparison.Ordinal);
        Assert.Contains(">Undo called</button>", row, StringComparison.Ordinal);
        Assert.Contains(">Mark reminded</button>", row, StringComparison.Ordinal);
        Assert.Empty(await sut.MarksAsync());
        var entries = (await sut.Factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery("pia", null, 1), CancellationToken.None))
            .Records.Select(record => record.Entry).ToList();
        Assert.Equal([RiskAuditActions.Unmark, RiskAuditActions.Mark], entries.Select(entry => entry.Action));
        Assert.All(entries, entry => Assert.Equal("a1", entry.Subject));
        var (before, after) = (JsonDocument.Parse(entries[1].BeforeJson!).RootElement, JsonDocument.Parse(entries[1].AfterJson!).RootElement);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("called").ValueKind);
        Assert.Equal("pia", after.GetProperty("called").GetProperty("by").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), after.GetProperty("called").GetProperty("at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("reminded").ValueKind);
        Assert.Equal(entries[1].AfterJson, entries[0].BeforeJson);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Mark_SameMarkFromTwoPlannersAtOnce_OneWinsTheOtherChangesNothing(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync(RiskData.Night);
        await sut.Factory.AddUserAsync("per", [Attendance.App.Users.Roles.Planner]);
        var other = sut.Factory.CreateBrowser();
        Assert.True((await other.SignInAsync("per")).IsSignInSuccess());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => sut.MarkAsync("a3", BookingMarks.Called, client: i % 2 == 0 ? sut.Planner : other)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        var mark = Assert.Single(await sut.MarksAsync());
        var audit = (await sut.Factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(null, RiskAuditActions.Mark, 1), CancellationToken.None)).Records;
        Assert.Equal(mark.By, Assert.Single(audit).Entry.Actor);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Mark_SurvivesTheNextNightsRescoring(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync(RiskData.Night);
        await sut.MarkAsync("a4", BookingMarks.MovedToVideo);

        await sut.ScoreAsync(RiskData.Night, run: RiskSut.RunDate.AddDays(1));
        var row = RiskPageTests.RowOf(await sut.GetAsync("/risk"), "a4");

        Assert.Contains("<dd class=\"run-date\">2026-03-03</dd>", await sut.GetAsync("/risk"), StringComparison.Ordinal);
        Assert.Contains("Moved to video by pia", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_UnknownBooking_Is404WithAClearMessage_AndStoresNothing()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);

        var response = await sut.MarkAsync("no-such-booking", BookingMarks.Called);
        var unflagged = await sut.MarkAsync("u1", BookingMarks.Called);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unflagged.StatusCode);
        Assert.Contains("No flagged booking has the id &quot;no-such-booking&quot;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await sut.MarksAsync());
    }

    [Theory]
    [InlineData("//evil.example/risk", "/#booking-a%2Fb%20c")]
    [InlineData("https://evil.example/", "/#booking-a%2Fb%20c")]
    [InlineData("/risk?day=2026-03-03", "/risk?day=2026-03-03#booking-a%2Fb%20c")]
    public async Task Mark_RedirectsOnlyWithinTheSite_ToTheMarkedRow(string returnUrl, string expected)
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync([new ScoreRow("a/b c", RiskSut.At(RiskData.Tuesday, 9), Reasons: ["x"])]);
        var token = await sut.Planner.AntiforgeryTokenAsync("/risk");

        var response = await sut.Planner.PostFormAsync("/risk/mark",
            ("__RequestVerificationToken", token), ("appointment", "a/b c"), ("mark", BookingMarks.Called), ("returnUrl", returnUrl));
        var html = await sut.GetAsync("/risk");

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Contains("<tr class=\"booking\" id=\"booking-a%2Fb%20c\" data-appointment-id=\"a/b c\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_UnknownMark_Is400()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);

        var response = await sut.MarkAsync("a1", "cancelled' --");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await sut.MarksAsync());
    }

    [Theory]
    [InlineData("/risk/mark")]
    [InlineData("/risk/unmark")]
    public async Task Mark_WithoutAntiforgeryToken_Is400AndChangesNothing(string path)
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);
        await sut.MarkAsync("a2", BookingMarks.Reminded);

        var response = await sut.Planner.PostFormAsync(path, ("appointment", "a2"), ("mark", BookingMarks.Reminded));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("a2", "reminded", "pia")], await sut.MarksAsync());
    }
}
