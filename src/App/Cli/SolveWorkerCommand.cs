using System.CommandLine;
using Attendance.Scheduler.Solving;

namespace Attendance.App.Cli;

/// <summary>
/// <c>attendance solve-worker PROBLEM RESULT</c> (hidden): the child side of <see cref="IsolatedCbcSolver"/>. Exit codes
/// are <see cref="CbcChildProcess"/>'s; standard output is left to CBC.
/// </summary>
internal static class SolveWorkerCommand
{
    public const string Verb = "solve-worker";

    /// <summary>A solver that runs each solve in a child of this executable, through this verb.</summary>
    public static IsolatedCbcSolver IsolatedSolver() => new(CbcWorkerCommand.ForCurrentProcess(Verb));

    public static Command Create()
    {
        var problem = new Argument<string>("PROBLEM") { Description = "Problem file written by the parent." };
        var result = new Argument<string>("RESULT") { Description = "Result file to write." };
        var command = new Command(Verb, "Solve one CBC problem file in this process (used by the isolated solver).") { problem, result };
        command.Hidden = true;
        command.SetAction(parseResult => CbcChildProcess.RunAsync([parseResult.GetValue(problem)!, parseResult.GetValue(result)!]));
        return command;
    }
}
