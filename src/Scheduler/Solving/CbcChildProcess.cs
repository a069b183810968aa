namespace Attendance.Scheduler.Solving;

/// <summary>
/// The child side of <see cref="IsolatedCbcSolver"/>: reads a problem file, solves it in this process
/// with <see cref="CbcSolver"/>, writes a result file. A host exposes it as a hidden verb (planned:
/// <c>attendance solve-worker PROBLEM RESULT</c>) and passes the arguments after the verb.
/// </summary>
/// <remarks>
/// Exit codes: 0 result written; 2 usage; 3 unreadable or invalid problem file; 4 the solver failed
/// (message on standard error). A CBC <c>abort()</c> ends the process by signal instead (exit code 134).
/// Standard output is left to CBC alone, so a test can prove it silent.
/// </remarks>
public static class CbcChildProcess
{
    public const int Success = 0;
    public const int UsageError = 2;
    public const int BadProblemFile = 3;
    public const int SolverFailed = 4;

    /// <summary>Runs one solve: <paramref name="args"/> are the problem file path and the result file path.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("usage: solve-worker PROBLEM-FILE RESULT-FILE");
            return UsageError;
        }

        MipProblem problem;
        MipSolveOptions options;
        try
        {
            await using var input = File.OpenRead(args[0]);
            (problem, options) = MipWireFormat.ReadProblem(input);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {e.Message}");
            return BadProblemFile;
        }

        MipResult result;
        try
        {
            result = CbcSolver.Solve(problem, options);
        }
        catch (MipSolverException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return SolverFailed;
        }

        // Written beside the target and moved into place: the parent never sees half a result.
        var temporary = args[1] + ".partial";
        await using (var output = File.Create(temporary))
        {
            MipWireFormat.WriteResult(output, result);
        }

        File.Move(temporary, args[1], overwrite: true);
        return Success;
    }
}
