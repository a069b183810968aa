namespace Attendance.Training.Registry;

/// <summary>A registry operation cannot be done (unknown version, worse challenger ...); the message says why.</summary>
public sealed class RegistryException : Exception
{
    public RegistryException()
    {
    }

    public RegistryException(string message)
        : base(message)
    {
    }

    public RegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>For a refused promotion: the comparison that found the challenger worse; otherwise null.</summary>
    public PromotionComparison? Comparison { get; init; }
}
