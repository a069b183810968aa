namespace Attendance.Model.XGBoost;

/// <summary>
/// A failure reported by libxgboost (its own message, read from <c>XGBGetLastError</c> on the
/// failing thread) or a misuse the wrapper detects before calling it (wrong feature count).
/// </summary>
public sealed class XGBoostException : Exception
{
    public XGBoostException()
    {
    }

    public XGBoostException(string message)
        : base(message)
    {
    }

    public XGBoostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
