using System.Net;
using Attendance.App.Audit;
using Attendance.App.Jobs;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Jobs;

[Collection(PostgresGroup.Name)]
public sealed class JobsPageTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TriggerNow_RunsTheJob_AndItsRunAppearsWithRowsAndAnAuditEntry(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        var now = DateTimeOffset.UtcNow;
        await AddOfferAsync(factory, "o1", now.AddHours(-5));
        await AddOfferAsync(factory, "o2", now.AddHours(-4.5));
        await AddOfferAsync(factory, "o3", now.AddHours(-1));

        var response = await PostAsync(admin, "/jobs/OfferExpiry/trigger");
        var html = await Eventually.GetAsync(() => admin.GetStringAsync(new Uri("/jobs", UriKind.Relative)),
            page => page.Contains("<tr class=\"run\">", StringComparison.Ordinal), "the run on the Jobs page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<td class=\"result\">succeeded</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"rows\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("(manual)", html, StringComparison.Ordinal);
        Assert.Equal(["o1", "o2"], await StatusesAsync(factory, "expired"));
        var entry = (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(null, JobAuditActions.Trigger, 1), CancellationToken.None)).Records.Single().Entry;
        Assert.Equal(("ada", "OfferExpiry"), (entry.Actor, entry.Subject));
    }

    [Fact]
    public async Task FailedRun_ShowsItsMessageAndTheFailureCount_InDanishToo()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;

        await PostAsync(admin, "/jobs/Scoring/trigger");
        var html = await Eventually.GetAsync(() => admin.GetStringAsync(new Uri("/jobs", UriKind.Relative)),
            page => page.Contains("<td class=\"result\">failed</td>", StringComparison.Ordinal), "the failed run on the Jobs page");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");
        var danish = await admin.GetStringAsync(new Uri("/jobs", UriKind.Relative));

        Assert.Contains("1 final failure(s) in a row", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"message\">no champion model in [^<]*models: train one and promote it", html);
        Assert.Contains("<h2 id=\"title-Scoring\">Natlig risikoberegning</h2>", danish, StringComparison.Ordinal);
        Assert.Contains("<td class=\"result\">fejlede</td>", danish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Pause_ShowsWhoPausedAndNoNextRun_ResumeBringsTheNextRunBack(string dialect)
    {
        var (factory, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        var before = await admin.GetStringAsync(new Uri("/jobs", UriKind.Relative));

        await PostAsync(admin, "/jobs/OfferExpiry/pause");
        var paused = await admin.GetStringAsync(new Uri("/jobs", UriKind.Relative));
        await PostAsync(admin, "/jobs/OfferExpiry/resume");
        var resumed = await admin.GetStringAsync(new Uri("/jobs", UriKind.Relative));

        Assert.Matches("<dd class=\"next\">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</dd>", before);
        Assert.Contains("Paused by ada since", paused, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"next\">–</dd>", paused, StringComparison.Ordinal);
        Assert.Contains("action=\"/jobs/OfferExpiry/resume\"", paused, StringComparison.Ordinal);
        Assert.Matches("<dd class=\"next\">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</dd>", resumed);
        var actions = (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery("ada", null, 1), CancellationToken.None))
            .Records.Select(record => record.Entry.Action).Take(2);
        Assert.Equal([JobAuditActions.Resume, JobAuditActions.Pause], actions);
    }

    [Fact]
    public async Task Planner_SeesTheJobsWithoutControls_AndCannotTrigger()
    {
        var (factory, _) = await CreateSutAsync("sqlite");
        using var _f = factory;
        await factory.AddUserAsync("pia", [Roles.Planner]);
        var planner = factory.CreateBrowser();
        Assert.True((await planner.SignInAsync("pia")).IsSignInSuccess());

        var html = await planner.GetStringAsync(new Uri("/jobs", UriKind.Relative));
        var token = await planner.AntiforgeryTokenAsync("/");
        var trigger = await planner.PostFormAsync("/jobs/OfferExpiry/trigger", ("__RequestVerificationToken", token));

        Assert.Contains("<h2 id=\"title-OfferExpiry\">Offer expiry</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/jobs/OfferExpiry/trigger", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, trigger.StatusCode);
    }

    [Fact]
    public async Task Trigger_WithoutAntiforgeryToken_Is400AndRunsNothing()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;

        var response = await admin.PostFormAsync("/jobs/OfferExpiry/trigger");
        await Task.Delay(1_000);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await factory.Services.GetRequiredService<JobBoard>().RunsAsync(JobCatalog.Find("OfferExpiry")!.Key, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Trigger_UnknownJob_Is404()
    {
        var (factory, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;

        var response = await PostAsync(admin, "/jobs/NoSuchJob/trigger");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(AttendanceWebFactory Factory, HttpClient Admin)> CreateSutAsync(string dialect)
    {
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, SchedulingTests.FastRetries, systemClock: true);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var admin = factory.CreateBrowser();
        Assert.True((await admin.SignInAsync("ada")).IsSignInSuccess());
        return (factory, admin);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path)
    {
        var token = await client.AntiforgeryTokenAsync("/jobs");
        return await client.PostFormAsync(path, ("__RequestVerificationToken", token));
    }

    private static async Task AddOfferAsync(AttendanceWebFactory factory, string id, DateTimeOffset suggestedAt)
    {
        var store = factory.Store;
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO offers (offer_id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, days_gained, meets_deadline, rank, reason, suggested_at) " +
            "VALUES (@id, 'r1', @slot, @start, 'ortho', 'e1', 'p1', 'fast_pass', 1.5, 0.9, 12, @deadline, 1, 'earliest deadline', @at)",
            new { id, slot = "s-" + id, start = StoreTime.ToDb(store.Dialect, suggestedAt.AddDays(3)), deadline = store.Dialect == StoreDialect.Postgres ? (object)true : 1, at = StoreTime.ToDb(store.Dialect, suggestedAt) });
    }

    private static async Task<List<string>> StatusesAsync(AttendanceWebFactory factory, string status)
    {
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>("SELECT offer_id FROM offers WHERE status = @status ORDER BY offer_id", new { status })).ToList();
    }
}
