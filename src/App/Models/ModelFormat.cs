using System.Globalization;

namespace Attendance.App.Models;

/// <summary>How the Models pages write numbers and instants: metrics to four places in the reader's culture, times in Copenhagen.</summary>
internal static class ModelFormat
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>A metric to four places; NaN (a subgroup with one class) as a dash.</summary>
    public static string Metric(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0000", CultureInfo.CurrentCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The Copenhagen day (a validation period starts at Copenhagen midnight, the evening before in UTC).</summary>
    public static string Day(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Copenhagen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Copenhagen).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
