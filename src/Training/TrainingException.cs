namespace Attendance.Training;

/// <summary>The history cannot give a meaningful model (empty, one class, no validation rows ...); the message says why.</summary>
public sealed class TrainingException : Exception
{
    public TrainingException()
    {
    }

    public TrainingException(string message)
        : base(message)
    {
    }

    public TrainingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
