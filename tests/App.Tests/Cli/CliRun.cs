using System.Globalization;
using Attendance.App.Cli;

namespace Attendance.App.Tests.Cli;

/// <summary>The outcome of one in-process <c>attendance</c> run.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI with redirected Console, under a culture with a decimal comma (output must not care).</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var (savedOut, savedError, savedCulture) = (Console.Out, Console.Error, CultureInfo.CurrentCulture);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("da-DK");
        try
        {
            var exit = await AttendanceCli.RunAsync(args);
            return new CliRun(exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
            CultureInfo.CurrentCulture = savedCulture;
        }
    }
}
