using Attendance.Parquet;

namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_WithoutServe_RunsEveryStepIntoTheServeLayout()
    {
        var folder = Path.Combine(Path.GetTempPath(), "attendance-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, _, error) = await CliRunner.RunAsync(
                "demo", "--data", folder, "--patients", "1500", "--days", "200", "--no-serve");

            Assert.True(exitCode == 0, error);
            var scores = Path.Combine(folder, "outbox", "scores", "date=2026-03-02", "scores.parquet");
            var offers = Path.Combine(folder, "outbox", "offers", "date=2026-03-02", "offers.parquet");
            using (var reader = ParquetFileReader.Open(scores))
            {
                using var bookings = ParquetFileReader.Open(Path.Combine(folder, "inbox", "bookings", "bookings.parquet"));
                Assert.Equal(bookings.RowCount, reader.RowCount);
            }
            using (var reader = ParquetFileReader.Open(offers))
            {
                Assert.True(reader.RowCount > 0, "the demo region should yield offers");
            }
            Assert.True(File.Exists(Path.Combine(folder, "models", "champion.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
