namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class ModelVerbsTests
{
    [Fact]
    public async Task Train_MissingHistoryFile_ExitsWithOneLineNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-history-" + Guid.NewGuid().ToString("N") + ".parquet");

        var (exitCode, _, error) = await CliRunner.RunAsync("train", "--history", missing, "--out", Path.Combine(Path.GetTempPath(), "unused-model"));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--horizon", "soon", "--horizon soon: expected a duration")]
    [InlineData("--valid-from", "01-02-2026", "--valid-from 01-02-2026: expected a date as YYYY-MM-DD")]
    public async Task Train_BadOption_ExitsWithOneLineNamingIt(string option, string value, string expected)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("train", "--history", "h.parquet", "--out", "m", option, value);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingModelFolder_ExitsWithOneLineNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", "--model", missing, "--history", "h.parquet");

        Assert.Equal(1, exitCode);
        Assert.Contains($"{missing}: model folder not found", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelsShow_UnknownVersion_ExitsWithOneLine()
    {
        var registry = Path.Combine(Path.GetTempPath(), "empty-registry-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, error) = await CliRunner.RunAsync("models", "show", "--registry", registry, "v0042");

        Assert.Equal(1, exitCode);
        Assert.Contains("no version v0042", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
