using System.Reflection;

namespace Attendance.Scheduler.Solving;

/// <summary>
/// How to start a CBC child process; <see cref="IsolatedCbcSolver"/> appends the problem and result paths.
/// The program must hand those two arguments to <see cref="CbcChildProcess.RunAsync"/>.
/// </summary>
/// <param name="FileName">The executable, e.g. the <c>attendance</c> apphost or the <c>dotnet</c> host.</param>
/// <param name="Arguments">Leading arguments, e.g. <c>["solve-worker"]</c> or <c>["app.dll", "solve-worker"]</c>.</param>
public sealed record CbcWorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// This program again with <paramref name="verb"/>: the apphost directly, or under <c>dotnet</c>
    /// with the entry assembly when the process was started as <c>dotnet app.dll</c>.
    /// </summary>
    public static CbcWorkerCommand ForCurrentProcess(string verb)
    {
        ArgumentException.ThrowIfNullOrEmpty(verb);
        var executable = Environment.ProcessPath
            ?? throw new InvalidOperationException("The path of the current executable is unknown.");
        if (!Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return new CbcWorkerCommand(executable, [verb]);
        }

        var entry = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry))
        {
            throw new InvalidOperationException("Running under the dotnet host without an entry assembly path.");
        }

        return new CbcWorkerCommand(executable, [entry, verb]);
    }
}
