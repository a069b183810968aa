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
    public async Task TrainEvaluatePromote_OnAGeneratedRegion_WorkUnderADanishCulture()
    {
        var root = Path.Combine(Path.GetTempPath(), "attendance-cli-model-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (region, model, registry) = (Path.Combine(root, "region"), Path.Combine(root, "model"), Path.Combine(root, "registry"));
            var history = Path.Combine(region, "history");
            Assert.Equal(0, (await CliRun.RunAsync("generate", "--out", region, "--patients", "1500", "--days", "200")).ExitCode);

            var train = await CliRun.RunAsync("train", "--history", history, "--out", model, "--threads", "1", "--horizon", "36h", "--seed", "4");
            Assert.True(train.ExitCode == 0, train.Error);
            Assert.Contains("validation (", train.Out, StringComparison.Ordinal);
            Assert.Contains("train: features of ", train.Error, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(model, "report.html")));

            var evaluate = await CliRun.RunAsync("evaluate", "--model", model, "--history", history, "--out", Path.Combine(root, "e.json"));
            Assert.True(evaluate.ExitCode == 0, evaluate.Error);
            Assert.Matches(@"AUC 0\.\d{4}", evaluate.Out);
            Assert.Contains("\"auc\":", File.ReadAllText(Path.Combine(root, "e.json")), StringComparison.Ordinal);

            var promote = await CliRun.RunAsync("models", "promote", "--registry", registry, "--model", model, "--history", history, "--reason", "first model");
            Assert.True(promote.ExitCode == 0, promote.Error);
            var list = await CliRun.RunAsync("models", "list", "--registry", registry);
            Assert.StartsWith("* v0001", list.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
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
