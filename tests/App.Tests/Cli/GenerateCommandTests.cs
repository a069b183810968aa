namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "attendance-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_SmallRegion_WritesFiveTablesAndPrintsRatesAndBayesAuc()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("generate", "--out", _out, "--seed", "7", "--patients", "300", "--days", "60");

        Assert.Equal(0, exitCode);
        foreach (var table in new[] { "history", "bookings", "slots", "waitlist", "truth" })
        {
            Assert.True(File.Exists(Path.Combine(_out, table, table + ".parquet")), table);
        }
        Assert.Contains("no-show rate", output, StringComparison.Ordinal);
        Assert.Contains("Bayes-optimal AUC", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--patients", "-5")]
    [InlineData("--days", "0")]
    [InlineData("--horizon-days", "0")]
    [InlineData("--today", "2026-02-30")]
    public async Task Generate_BadOption_ExitsNonZeroWithOneLineNamingTheOption(string option, string value)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("generate", "--out", _out, option, value);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"attendance: {option} {value}", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public async Task Generate_OutIsAFile_ExitsNonZeroNamingOut()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_out)!);
        await File.WriteAllTextAsync(_out, "not a folder");
        try
        {
            var (exitCode, _, error) = await CliRunner.RunAsync("generate", "--out", _out, "--patients", "10");

            Assert.Equal(1, exitCode);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("attendance:", StringComparison.Ordinal));
            Assert.StartsWith($"attendance: --out {_out}: cannot write there", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(_out);
        }
    }
}
