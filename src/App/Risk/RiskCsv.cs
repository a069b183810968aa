using System.Globalization;
using System.Text;
using Attendance.App.Files;

namespace Attendance.App.Risk;

/// <summary>
/// The risk list as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
/// break quoted with inner quotes doubled), UTF-8 with a byte-order mark so spreadsheets read æøå.
/// A cell that a spreadsheet would take for a formula (starting with = + - @, tab or CR) gets a leading
/// apostrophe: patient and visit strings are untrusted.
/// </summary>
internal static class RiskCsv
{
    public static async Task WriteAsync(Stream output, IEnumerable<RiskRow> rows, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(Line(RiskExportColumn.All.Select(column => column.Name)).AsMemory(), cancellationToken);
        foreach (var row in rows)
        {
            await writer.WriteAsync(Line(RiskExportColumn.All.Select(column => Format(column.Value(row, language)))).AsMemory(), cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One field as written: guarded against formula injection, then quoted when needed.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return CsvField.Quote(value);
    }

    private static string Line(IEnumerable<string> values) => string.Join(',', values.Select(Field)) + "\r\n";

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Planners read local times; the offset keeps the instant exact.
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, RiskTable.Copenhagen).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
