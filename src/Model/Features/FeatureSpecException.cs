namespace Attendance.Model.Features;

/// <summary>A feature specification is malformed or does not match the model or the input.</summary>
public sealed class FeatureSpecException : Exception
{
    public FeatureSpecException()
    {
    }

    public FeatureSpecException(string message)
        : base(message)
    {
    }

    public FeatureSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
