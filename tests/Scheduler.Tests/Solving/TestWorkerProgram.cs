using Attendance.Scheduler.Solving;
using Attendance.Scheduler.Tests.Cbc;

namespace Attendance.Scheduler.Tests.Solving;

/// <summary>
/// Entry point of the test assembly when started as a program (<c>dotnet Attendance.Scheduler.Tests.dll
/// VERB ...</c>), standing in for the App's future hidden <c>solve-worker</c> verb. The test host never
/// calls it (the project sets GenerateProgramFile=false so this Main replaces the generated empty one).
/// The other verbs misbehave on purpose, to test how the parent copes.
/// </summary>
internal static class TestWorkerProgram
{
    public const string SolveVerb = "solve-worker";
    public const string CbcAbortVerb = "cbc-abort";
    public const string ExitVerb = "exit";
    public const string HangVerb = "hang";

    public static async Task<int> Main(string[] args) => args switch
    {
        [SolveVerb, .. var rest] => await CbcChildProcess.RunAsync(rest),
        [CbcAbortVerb, ..] => CbcAbortTrigger.AbortInsideCbc(),
        [ExitVerb, var code, ..] => int.Parse(code, System.Globalization.CultureInfo.InvariantCulture),
        [HangVerb, ..] => await HangAsync(),
        _ => 64,
    };

    private static async Task<int> HangAsync()
    {
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    /// <summary>A worker command that runs this assembly under the dotnet host with <paramref name="verb"/>.</summary>
    public static CbcWorkerCommand Command(string verb, params string[] extra) =>
        new(DotnetHost, [typeof(TestWorkerProgram).Assembly.Location, verb, .. extra]);

    /// <summary>The SDK sets DOTNET_HOST_PATH for test runs; "dotnet" on PATH otherwise.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
}
