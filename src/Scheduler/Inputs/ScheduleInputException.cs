namespace Attendance.Scheduler.Inputs;

/// <summary>Input the scheduler cannot use (duplicate ids, unknown departments); the message says which and where.</summary>
public sealed class ScheduleInputException : Exception
{
    public ScheduleInputException(string message)
        : base(message)
    {
    }

    public ScheduleInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ScheduleInputException()
    {
    }
}
