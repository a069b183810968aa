using Attendance.App.Cli;

namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class AttendanceCliTests
{
    [Fact]
    public async Task Run_UnknownOption_ExitsNonZeroWithOneLineNamingIt()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("generate", "--out", "/tmp/x", "--bogus");

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--bogus", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingRequiredOption_ExitsNonZeroNamingTheOption()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("generate");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Run_EveryVerbWithHelp_DescribesItAndExitsZero(string verb)
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(verb, output, StringComparison.Ordinal);
    }

    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        // Hidden verbs (solve-worker) are internal plumbing: System.CommandLine prints no help for them.
        foreach (var command in AttendanceCli.CreateRoot().Subcommands.Where(c => !c.Hidden))
        {
            data.Add(command.Name);
        }
        return data;
    }
}
