namespace Attendance.Scoring;

/// <summary>A scoring run cannot go on for a reason the user can fix (bad policy, bad option, bad input); the message names the file or option.</summary>
public sealed class ScoringException : Exception
{
    public ScoringException()
    {
    }

    public ScoringException(string message)
        : base(message)
    {
    }

    public ScoringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
