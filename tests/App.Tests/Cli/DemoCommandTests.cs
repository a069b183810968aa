using System.Globalization;
using Attendance.App.Cli;
using Attendance.App.Hosting;
using Attendance.App.Storage;
using Attendance.Parquet;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_WithoutServe_RunsEveryStepForTheRealToday_FillsTheRiskListAndTheComingWeeksOffers_AndARerunSucceeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "attendance-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var today = DemoPlan.TodayAt(TimeProvider.System);
            var (exitCode, output, error) = await RunDemoAsync(folder);
            var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            Assert.True(exitCode == 0, error);
            Assert.Contains("sign in as 'demo' with password '", output, StringComparison.Ordinal);
            Assert.Contains($"today {day} (Copenhagen)", output + error, StringComparison.Ordinal);
            using (var reader = ParquetFileReader.Open(Path.Combine(folder, "outbox", "scores", $"date={day}", "scores.parquet")))
            {
                using var bookings = ParquetFileReader.Open(Path.Combine(folder, "inbox", "bookings", "bookings.parquet"));
                Assert.Equal(bookings.RowCount, reader.RowCount);
            }
            using (var reader = ParquetFileReader.Open(Path.Combine(folder, "outbox", "offers", $"date={day}", "offers.parquet")))
            {
                Assert.True(reader.RowCount > 0, "the demo region should yield offers");
            }
            Assert.True(File.Exists(Path.Combine(folder, "models", "champion.json")));
            var first = await ReadStoreAsync(folder, day);
            Assert.Equal(1, first.ScoringRuns);
            Assert.True(first.Flagged > 0, "the Scoring job should flag some of today's bookings");
            Assert.Equal(first.Flagged, first.FlaggedInRun);
            Assert.True(first.ComingWeekOffers > 0, "the OfferRound job should suggest offers for the coming week");

            var (again, _, againError) = await RunDemoAsync(folder);

            Assert.True(again == 0, againError);
            var second = await ReadStoreAsync(folder, day);
            Assert.Equal(1, second.ScoringRuns);
            Assert.Equal(first.Flagged, second.Flagged);
            Assert.True(second.ComingWeekOffers >= first.ComingWeekOffers, $"{second.ComingWeekOffers} < {first.ComingWeekOffers}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The demo on a small region; the host solves in-process (a test host cannot start <c>attendance solve-worker</c>).</summary>
    private static Task<(int ExitCode, string Output, string Error)> RunDemoAsync(string folder) =>
        CliRunner.RunAsync(
            AttendanceCli.CreateRoot(demoSolvesInProcess: true),
            "demo", "--data", folder, "--patients", "2000", "--days", "120", "--no-serve");

    private static async Task<(long ScoringRuns, long Flagged, long FlaggedInRun, long ComingWeekOffers)> ReadStoreAsync(string folder, string day)
    {
        using var host = AttendanceHost.CreateToolHost(new Dictionary<string, string?> { ["Data:Directory"] = folder });
        var store = host.Services.GetRequiredService<Store>();
        await using var connection = await store.OpenAsync(CancellationToken.None);
        var runs = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM scoring_runs WHERE run_date = @day", new { day });
        var inRun = await connection.ExecuteScalarAsync<long>("SELECT coalesce(sum(flagged), 0) FROM scoring_runs WHERE run_date = @day", new { day });
        var flagged = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM flagged_bookings WHERE run_date = @day", new { day });
        var now = DateTimeOffset.UtcNow;
        var offers = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM offers WHERE status = 'suggested' AND slot_start >= @from AND slot_start < @to",
            new { from = StoreTime.ToDb(store.Dialect, now), to = StoreTime.ToDb(store.Dialect, now.AddDays(7)) });
        return (runs, flagged, inRun, offers);
    }
}
