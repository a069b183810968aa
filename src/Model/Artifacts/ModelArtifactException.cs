namespace Attendance.Model.Artifacts;

/// <summary>A model artifact folder is incomplete or inconsistent; the message names the folder and file.</summary>
public sealed class ModelArtifactException : Exception
{
    public ModelArtifactException()
    {
    }

    public ModelArtifactException(string message)
        : base(message)
    {
    }

    public ModelArtifactException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
