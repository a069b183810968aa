using Attendance.App.Jobs;
using Attendance.App.Jobs.Scoring;
using Attendance.App.Risk;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Jobs;
using Attendance.App.Tests.Jobs.Scoring;
using Attendance.Parquet;
using Attendance.Scoring.Output;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Risk;

/// <summary>The nightly scoring job, for real (a trained champion, the generated region), feeding the risk list.</summary>
[Collection(PostgresGroup.Name)]
public sealed class RiskScoringJobTests(PostgresServer postgres, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task ScoringJob_Run_LeavesTheFilesFlaggedRowsInFlaggedBookings_AndThePageShowsThem()
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-risk-job-{Guid.NewGuid():N}");
        region.CopyExtractsTo(Path.Combine(data, "inbox"));
        var settings = new Dictionary<string, string?>(SchedulingTests.FastRetries) { ["Data:Directory"] = data, ["Jobs:ModelRegistry"] = region.Registry };
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres, settings, systemClock: true);
        await factory.AddUserAsync("pia", [Attendance.App.Users.Roles.Planner]);
        var scoring = JobCatalog.Find(nameof(JobsOptions.Scoring))!;

        await factory.Services.GetRequiredService<JobControl>().TriggerAsync(scoring, "ada", Today, CancellationToken.None);
        var board = factory.Services.GetRequiredService<JobBoard>();
        // The job fans out; the summarising step is the one that writes the day's file and stores its flags.
        var run = (await Eventually.GetAsync(() => board.RunsAsync(ScoringSummaryJob.Key, 1, CancellationToken.None), runs => runs.Count > 0, "the scoring run's summarising step", 120))[0];
        var stored = await factory.Services.GetRequiredService<FlaggedBookingStore>().ReadAsync(Today, RiskFilter.None, null, CancellationToken.None);
        var planner = factory.CreateBrowser();
        await planner.SignInAsync("pia");
        var html = await planner.GetStringAsync(new Uri("/risk", UriKind.Relative));

        Assert.Equal(JobRunResult.Succeeded, run.Result);
        var expected = FlaggedIds(Path.Combine(data, "outbox", "scores", "date=2026-03-02", "scores.parquet"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Select(row => row.Booking.AppointmentId).Order(StringComparer.Ordinal));
        Assert.All(stored, row => Assert.InRange(row.Booking.Reasons.Count, 1, 3));
        Assert.All(stored, row => Assert.True(row.Booking.Reasons.All(reason => reason.Texts.Keys.SequenceEqual(["da"]))));
        Assert.Contains($"data-appointment-id=\"{stored[0].Booking.AppointmentId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<dd class=\"model-version\">{stored[0].Booking.ModelVersion}</dd>", html, StringComparison.Ordinal);
    }

    private static List<string> FlaggedIds(string scores)
    {
        using var reader = ParquetFileReader.Open(scores);
        var ids = new List<string>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            var flagged = reader.ReadColumn<bool>(group, ScoreColumns.Flagged);
            var appointments = reader.ReadColumn<string?>(group, ScoreColumns.AppointmentId);
            ids.AddRange(Enumerable.Range(0, flagged.Count).Where(i => flagged.Values[i]).Select(i => appointments.Values[i]!));
        }
        return ids;
    }
}
