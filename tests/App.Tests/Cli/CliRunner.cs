using Attendance.App.Cli;

namespace Attendance.App.Tests.Cli;

/// <summary>
/// Runs the CLI in-process with captured console streams. The console is process-wide, so runs are
/// serialised here (tests in other collections may use the runner at the same time).
/// </summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim Console_ = new(1, 1);

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs <paramref name="args"/> on <paramref name="root"/> (e.g. <see cref="AttendanceCli.CreateRoot"/> with replaced services).</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(System.CommandLine.RootCommand root, params string[] args) =>
        RunCoreAsync("", root, args);

    /// <summary>Runs under another culture (e.g. da-DK, with a decimal comma): output must not depend on it.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunUnderCultureAsync(string culture, params string[] args)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            return await RunAsync(args);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    /// <param name="input">What the command reads from standard input.</param>
    /// <param name="args">The command line.</param>
    public static Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] args) =>
        RunCoreAsync(input, null, args);

    private static async Task<(int ExitCode, string Output, string Error)> RunCoreAsync(string input, System.CommandLine.RootCommand? root, string[] args)
    {
        await Console_.WaitAsync();
        var (originalIn, originalOut, originalError) = (Console.In, Console.Out, Console.Error);
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetIn(reader);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await (root is null ? AttendanceCli.RunAsync(args) : AttendanceCli.RunAsync(root, args));
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetIn(originalIn);
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            Console_.Release();
        }
    }
}

/// <summary>Tests that redirect the process-wide console must not run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleRedirection
{
    public const string Name = "Console";
}
