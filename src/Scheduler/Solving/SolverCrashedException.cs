namespace Attendance.Scheduler.Solving;

/// <summary>The solver's child process died, exited with an error, or was killed after its deadline.</summary>
public sealed class SolverCrashedException : MipSolverException
{
    public SolverCrashedException()
    {
    }

    public SolverCrashedException(string message)
        : base(message)
    {
    }

    public SolverCrashedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a child that ended (or was killed) without a result.</summary>
    /// <param name="message">What happened, for people.</param>
    /// <param name="exitCode">The child's exit code, or null when it was killed on timeout.</param>
    /// <param name="timedOut">True when the child was killed for overrunning its deadline.</param>
    /// <param name="standardError">The end of the child's standard error (CBC prints its reason there before aborting).</param>
    public SolverCrashedException(string message, int? exitCode, bool timedOut, string standardError)
        : base(message)
    {
        ExitCode = exitCode;
        TimedOut = timedOut;
        StandardError = standardError;
    }

    /// <summary>The child's exit code; on Linux 128 + n means it died from signal n (134: SIGABRT).</summary>
    public int? ExitCode { get; }

    /// <summary>The signal that killed the child, derived from <see cref="ExitCode"/>, or null.</summary>
    public int? Signal => ExitCode is > 128 and < 128 + 65 ? ExitCode - 128 : null;

    /// <summary>True when the child overran its deadline and was killed.</summary>
    public bool TimedOut { get; }

    /// <summary>The end of the child's standard error.</summary>
    public string StandardError { get; } = "";
}
