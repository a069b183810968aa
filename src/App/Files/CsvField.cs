namespace Attendance.App.Files;

/// <summary>RFC 4180 fields: one with a comma, quote or line break is quoted, inner quotes doubled.</summary>
internal static class CsvField
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
