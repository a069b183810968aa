using Attendance.Training.Input;
using Attendance.Training.Registry;

namespace Attendance.Scoring.Tests.Cli;

/// <summary>The real <c>attendance</c> entry point, in process, with its console captured.</summary>
[Collection(ConsoleTests.Name)]
public sealed class ScoreCommandTests(ScoringFixture region) : IClassFixture<ScoringFixture>
{
    [Fact]
    public void Score_GoodInputs_ExitsZeroWritesScoresAndSummaryAndPrintsTheTable()
    {
        var output = Path.Combine(region.NewFolder(), "scores.parquet");

        var (code, stdout, stderr) = Run("score", "--model", region.ModelDir, "--bookings", region.BookingsPath, "--history", region.HistoryPath,
            "--out", output, "--as-of", "2026-03-01T23:00:00Z", "--language", "en", "--threads", "2");

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(output));
        Assert.True(File.Exists(ScoringSummary.PathBeside(output)));
        Assert.Contains("bookings scored", stdout, StringComparison.Ordinal);
        Assert.Contains("flagged", stdout, StringComparison.Ordinal);
        Assert.Contains("score: ", stderr, StringComparison.Ordinal);
        Assert.Contains(ScoreRow.Read(output), r => r.Reasons[0] is { } text && !text.Contains('æ', StringComparison.Ordinal));
    }

    [Fact]
    public void Score_RegistryFolder_ScoresWithItsChampion()
    {
        var registry = new ModelRegistry(region.NewFolder());
        var version = registry.Add(region.ModelDir);
        registry.Promote(version, () => HistoryFiles.Read([region.HistoryPath]), ScoringFixture.Harmoniser, "first model", force: true, user: "test");
        var output = Path.Combine(region.NewFolder(), "scores.parquet");

        var (code, _, stderr) = Run("score", "--model", registry.Root, "--bookings", region.BookingsPath, "--history", region.HistoryPath,
            "--out", output, "--as-of", "2026-03-01T23:00:00Z");

        Assert.True(code == 0, stderr);
        Assert.StartsWith(version + "@", ScoreRow.Read(output)[0].ModelVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CprInBookings_ExitsOneWithOneLineNamingFileColumnAndRow()
    {
        var bookings = region.WriteBookings(region.Bookings.Select((b, i) => i == 4 ? b with { PatientId = "0101901234" } : b));
        var output = Path.Combine(region.NewFolder(), "scores.parquet");

        var (code, stdout, stderr) = Run("score", "--model", region.ModelDir, "--bookings", bookings, "--history", region.HistoryPath,
            "--out", output, "--as-of", "2026-03-01T23:00:00Z");

        Assert.Equal(1, code);
        Assert.Equal($"attendance: {bookings}, column patient_id, row 5: value looks like a Danish CPR number; personal identifiers must not enter Attendance (the value is not shown)",
            stderr.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("0101901234", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--as-of", "yesterday", "attendance: --as-of yesterday: expected an ISO 8601 time")]
    [InlineData("--policy", "/nowhere/policy.json", "attendance: /nowhere/policy.json: policy file not found")]
    [InlineData("--model", "/nowhere/model", "attendance: /nowhere/model: model folder not found")]
    public void Score_BadOption_ExitsOneWithOneLine(string option, string value, string expected)
    {
        var args = new Dictionary<string, string>
        {
            ["--model"] = region.ModelDir, ["--bookings"] = region.BookingsPath, ["--history"] = region.HistoryPath,
            ["--out"] = Path.Combine(region.NewFolder(), "scores.parquet"),
        };
        args[option] = value;

        var (code, _, stderr) = Run(["score", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        Assert.Equal(1, code);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Score_UnknownLanguage_IsRejectedByTheParser()
    {
        var (code, _, stderr) = Run("score", "--model", "m", "--bookings", "b", "--history", "h", "--out", "o.parquet", "--language", "de");

        Assert.Equal(2, code);
        Assert.Contains("de", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var entry = typeof(Program).Assembly.EntryPoint!;
            // The async top-level Main is wrapped by a synchronous entry point that returns the exit code.
            var code = (int)entry.Invoke(null, [args])!;
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
