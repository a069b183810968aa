using System.Globalization;
using Attendance.App.Risk;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Users;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Risk;

/// <summary>The serve host on a fresh store with a signed-in planner ("pia"), and scoring runs made from hand-written scores files.</summary>
internal sealed class RiskSut : IDisposable
{
    /// <summary>The scoring run the tests store by default, and the first appointment day (Copenhagen: UTC+1 in March).</summary>
    public static readonly DateOnly RunDate = new(2026, 3, 2);

    private RiskSut(AttendanceWebFactory factory, HttpClient planner)
    {
        Factory = factory;
        Planner = planner;
    }

    public AttendanceWebFactory Factory { get; }

    public HttpClient Planner { get; }

    public FlaggedBookingStore Flags => Factory.Services.GetRequiredService<FlaggedBookingStore>();

    public static async Task<RiskSut> CreateAsync(string dialect, PostgresServer postgres)
    {
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres);
        await factory.AddUserAsync("pia", [Roles.Planner]);
        var planner = factory.CreateBrowser();
        Assert.True((await planner.SignInAsync("pia")).IsSignInSuccess());
        return new RiskSut(factory, planner);
    }

    /// <summary>An instant on <paramref name="day"/> at local (Copenhagen winter) time <paramref name="hour"/>:<paramref name="minute"/>.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(1)).ToUniversalTime();

    /// <summary>Stores a scoring run as the nightly job does: the flags from a scores file, then its <c>scoring_runs</c> row.</summary>
    public Task<int> ScoreAsync(IReadOnlyList<ScoreRow> rows, DateOnly? run = null, string language = "da") =>
        ScoreAsync(Flags, Factory.Store, rows, run ?? RunDate, language);

    /// <summary>As <see cref="ScoreAsync(IReadOnlyList{ScoreRow}, DateOnly?, string)"/>, on any host's store (the browser tests' too).</summary>
    public static async Task<int> ScoreAsync(FlaggedBookingStore flags, Store store, IReadOnlyList<ScoreRow> rows, DateOnly date, string language = "da")
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(store);
        var file = ScoresFileBuilder.Write(rows);
        try
        {
            var stored = await flags.ReplaceDayAsync(date, file, language, CancellationToken.None);
            await using var connection = await store.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync(
                "INSERT INTO scoring_runs (run_date, model_version, as_of, bookings_scored, flagged, summary_json, scored_at) " +
                $"VALUES (@date, @model, @asOf, @rows, @flagged, {store.JsonParameter("summary")}, @asOf) " +
                "ON CONFLICT (run_date) DO UPDATE SET flagged = excluded.flagged",
                new
                {
                    date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    model = ScoresFileBuilder.ModelVersion,
                    asOf = StoreTime.ToDb(store.Dialect, At(date, 0)),
                    rows = rows.Count,
                    flagged = stored,
                    summary = "{}",
                });
            return stored;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public Task<string> GetAsync(string path) => Planner.GetStringAsync(new Uri(path, UriKind.Relative));

    /// <summary>Posts a mark form as the page's button does (<paramref name="undo"/>: the undo button).</summary>
    public async Task<HttpResponseMessage> MarkAsync(string appointmentId, string mark, bool undo = false, HttpClient? client = null)
    {
        client ??= Planner;
        var token = await client.AntiforgeryTokenAsync("/");
        return await client.PostFormAsync(undo ? "/risk/unmark" : "/risk/mark",
            ("__RequestVerificationToken", token), ("appointment", appointmentId), ("mark", mark), ("returnUrl", "/risk?open=1"));
    }

    public async Task<List<(string Id, string Mark, string By)>> MarksAsync()
    {
        await using var connection = await Factory.Store.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string, string, string)>(
            "SELECT appointment_id, mark, marked_by FROM booking_marks ORDER BY appointment_id, mark")).ToList();
    }

    public void Dispose()
    {
        Planner.Dispose();
        Factory.Dispose();
    }
}
