namespace Attendance.App.Jobs;

/// <summary>
/// A job's input is wrong (a bad extract, a missing file, a bad date): retrying cannot help, so the
/// run is recorded as failed with this message as it is, and is not retried. Anything else a job
/// throws is taken as transient and retried with back-off.
/// </summary>
internal sealed class JobInputException : Exception
{
    public JobInputException()
    {
    }

    public JobInputException(string message)
        : base(message)
    {
    }

    public JobInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
