namespace Attendance.Scheduler.Solving;

/// <summary>The solver could not produce a trustworthy result (numerical trouble, a crash, bad output).</summary>
public class MipSolverException : Exception
{
    public MipSolverException()
    {
    }

    public MipSolverException(string message)
        : base(message)
    {
    }

    public MipSolverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
