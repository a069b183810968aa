using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Attendance.Scheduler.Solving;

/// <summary>
/// Solves each problem in a child process (<see cref="CbcChildProcess"/>), so that a CBC crash
/// (<c>abort()</c>, a segmentation fault) ends the child, not the worker, and branch and bound can run
/// in parallel (CbcMain1 is not thread-safe within one process).
/// </summary>
/// <remarks>
/// The problem and result travel as <see cref="MipWireFormat"/> files in a private temporary directory,
/// deleted afterwards. The child is killed when it overruns the time limit plus
/// <see cref="DeadlineGrace"/> or when the caller cancels.
/// </remarks>
public sealed class IsolatedCbcSolver : IMipSolver
{
    private const int StandardErrorTailLength = 4000;

    private readonly CbcWorkerCommand _worker;

    /// <param name="worker">How to start the child; see <see cref="CbcWorkerCommand.ForCurrentProcess"/>.</param>
    /// <param name="deadlineGrace">Time beyond the solve's time limit before the child counts as hung (default 30 s: start-up, model building, CBC's coarse time checks).</param>
    public IsolatedCbcSolver(CbcWorkerCommand worker, TimeSpan? deadlineGrace = null)
    {
        ArgumentNullException.ThrowIfNull(worker);
        _worker = worker;
        DeadlineGrace = deadlineGrace ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThan(DeadlineGrace, TimeSpan.Zero, nameof(deadlineGrace));
    }

    /// <summary>Time allowed beyond the solve's own time limit.</summary>
    public TimeSpan DeadlineGrace { get; }

    /// <inheritdoc />
    /// <exception cref="SolverCrashedException">The child died, failed or overran its deadline.</exception>
    public async Task<MipResult> SolveAsync(MipProblem problem, MipSolveOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var directory = Directory.CreateTempSubdirectory("attendance-cbc-");
        try
        {
            var problemPath = Path.Combine(directory.FullName, "problem.mip");
            var resultPath = Path.Combine(directory.FullName, "result.mip");
            await using (var output = File.Create(problemPath))
            {
                MipWireFormat.WriteProblem(output, problem, options);
            }

            await RunChildAsync(problemPath, resultPath, options.TimeLimit + DeadlineGrace, cancellationToken);
            return ReadResult(resultPath, problem.ColumnCount);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private async Task RunChildAsync(string problemPath, string resultPath, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_worker.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in _worker.Arguments.Append(problemPath).Append(resultPath))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new SolverCrashedException($"Could not start the CBC child process {_worker.FileName}.");

        // Both pipes are drained concurrently: a child blocked on a full pipe would look hung.
        var standardError = new StringBuilder();
        process.ErrorDataReceived += (_, e) => AppendTail(standardError, e.Data);
        process.OutputDataReceived += static (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            KillQuietly(process);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new SolverCrashedException(
                string.Create(CultureInfo.InvariantCulture, $"The CBC child process overran its deadline of {deadline.TotalSeconds:0.#} s and was killed."),
                exitCode: null, timedOut: true, standardError: Tail(standardError));
        }

        // WaitForExitAsync also waits for the redirected streams to reach end of file.
        if (process.ExitCode != CbcChildProcess.Success)
        {
            var exitCode = process.ExitCode;
            var reason = exitCode > 128 && exitCode < 128 + 65
                ? string.Create(CultureInfo.InvariantCulture, $"died from signal {exitCode - 128}{(exitCode == 134 ? " (SIGABRT)" : "")}")
                : string.Create(CultureInfo.InvariantCulture, $"exited with code {exitCode}");
            var error = Tail(standardError);
            throw new SolverCrashedException(
                $"The CBC child process {reason}.{(error.Length > 0 ? " Its standard error: " + error : "")}",
                exitCode, timedOut: false, standardError: error);
        }
    }

    private static MipResult ReadResult(string resultPath, int columns)
    {
        try
        {
            using var input = File.OpenRead(resultPath);
            return MipWireFormat.ReadResult(input, columns);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new SolverCrashedException($"The CBC child process exited normally but its result is unreadable: {e.Message}", e);
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the deadline and the kill; it still overran the deadline.
        }
    }

    private static void AppendTail(StringBuilder tail, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.AppendLine(line);
            if (tail.Length > 2 * StandardErrorTailLength)
            {
                tail.Remove(0, tail.Length - StandardErrorTailLength);
            }
        }
    }

    private static string Tail(StringBuilder tail)
    {
        lock (tail)
        {
            var text = tail.ToString();
            return (text.Length > StandardErrorTailLength ? text[^StandardErrorTailLength..] : text).Trim();
        }
    }
}
