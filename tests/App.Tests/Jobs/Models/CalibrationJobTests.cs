using Attendance.App.Jobs;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Jobs.Scoring;
using Attendance.App.Users;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Jobs.Models;

[Collection(PostgresGroup.Name)]
public sealed class CalibrationJobTests(PostgresServer postgres, ScoringRegion region) : IClassFixture<ScoringRegion>
{
    private static readonly JobDefinition Calibration = JobCatalog.Find(nameof(JobsOptions.Calibration))!;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Calibration_OutcomesAsPredicted_IsRecordedWithoutWarning(string dialect)
    {
        var (factory, data, admin) = await CreateSutAsync(dialect);
        using var _ = factory;
        await ScoringJobTests.RunAsync(factory, new DateOnly(2026, 3, 2), 1);
        var random = new Random(5);
        var truth = DataFiles.ReadTruth(Path.Combine(region.RegionDir, "truth")).ToDictionary(row => row.AppointmentId, row => row.NoShowProbability);
        var labelled = WriteOutcomes(data, booking => random.NextDouble() < truth[booking.AppointmentId] ? Outcome.NoShow : Outcome.Attended);

        var run = await RunAsync(factory, Calibration, new DateOnly(2026, 3, 20), 1);
        var html = await admin.GetStringAsync(new Uri("/jobs", UriKind.Relative));

        Assert.Equal(JobRunResult.Succeeded, run.Result);
        Assert.InRange(run.Rows!.Value, 1, labelled);
        Assert.StartsWith("ECE 0.", run.Message, StringComparison.Ordinal);
        Assert.Contains("scored 2026-02-20..2026-03-19", run.Message, StringComparison.Ordinal);
        Assert.Equal([("2026-03-20", false)], await ChecksAsync(factory));
        Assert.DoesNotContain("calibration-warning", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibration_EveryoneMissed_IsRecordedAsDegradedAndWarnsOnTheJobsPage()
    {
        var (factory, data, admin) = await CreateSutAsync("sqlite");
        using var _ = factory;
        await ScoringJobTests.RunAsync(factory, new DateOnly(2026, 3, 2), 1);
        WriteOutcomes(data, _ => Outcome.NoShow);

        var run = await RunAsync(factory, Calibration, new DateOnly(2026, 3, 20), 1);
        var html = await admin.GetStringAsync(new Uri("/jobs", UriKind.Relative));

        Assert.Equal(JobRunResult.Succeeded, run.Result);
        Assert.StartsWith("CALIBRATION DEGRADED: ECE 0.", run.Message, StringComparison.Ordinal);
        Assert.Equal([("2026-03-20", true)], await ChecksAsync(factory));
        Assert.Contains("<p class=\"error calibration-warning\" role=\"alert\"><strong>Calibration warning</strong> (2026-03-20): CALIBRATION DEGRADED", html, StringComparison.Ordinal);
    }

    private async Task<(AttendanceWebFactory Factory, string Data, HttpClient Admin)> CreateSutAsync(string dialect)
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-calibration-{Guid.NewGuid():N}");
        region.CopyExtractsTo(Path.Combine(data, "inbox"));
        var settings = new Dictionary<string, string?>(SchedulingTests.FastRetries)
        {
            ["Data:Directory"] = data,
            ["Jobs:ModelRegistry"] = region.Registry,
            ["Jobs:CalibrationTolerance"] = "0.1",
        };
        var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres, settings, systemClock: true);
        await factory.AddUserAsync("ada", [Roles.Admin]);
        var admin = factory.CreateBrowser();
        Assert.True((await admin.SignInAsync("ada")).IsSignInSuccess());
        return (factory, data, admin);
    }

    /// <summary>The history that arrives later: the scored bookings with their outcomes; returns how many.</summary>
    private int WriteOutcomes(string data, Func<Booking, Outcome> outcome)
    {
        var folder = Path.Combine(data, "inbox", "history");
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var rows = region.Bookings.Select(booking => new HistoryAppointment(booking, outcome(booking))).ToList();
        DataFiles.Write(Path.Combine(folder, "part-0.parquet"), HistoryMapper.Instance, rows);
        return rows.Count;
    }

    private static async Task<JobRunView> RunAsync(AttendanceWebFactory factory, JobDefinition job, DateOnly date, int expectedRuns)
    {
        await factory.Services.GetRequiredService<JobControl>().TriggerAsync(job, "ada", date, CancellationToken.None);
        var board = factory.Services.GetRequiredService<JobBoard>();
        var runs = await Eventually.GetAsync(() => board.RunsAsync(job.Key, 10, CancellationToken.None), runs => runs.Count >= expectedRuns, job.Name, 120);
        Assert.True(runs[0].Result == JobRunResult.Succeeded, runs[0].Message);
        return runs[0];
    }

    private static async Task<List<(string Date, bool Degraded)>> ChecksAsync(AttendanceWebFactory factory)
    {
        await using var connection = await factory.Store.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string, bool)>("SELECT check_date, degraded FROM calibration_checks")).ToList();
    }
}
