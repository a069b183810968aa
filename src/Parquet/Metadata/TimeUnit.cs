namespace Attendance.Parquet;

/// <summary>Unit of a TIME or TIMESTAMP logical type.</summary>
public enum TimeUnit
{
    None = 0,
    Millis = 1,
    Micros = 2,
    Nanos = 3,
}
