using System.Globalization;
using System.Text;

namespace Attendance.Parquet;

/// <summary>
/// A Parquet file is malformed or uses something this library cannot decode safely.
/// The message names the file, column, row group and page where they are known.
/// </summary>
public sealed class ParquetFormatException : Exception
{
    public ParquetFormatException()
    {
    }

    public ParquetFormatException(string message)
        : base(message)
    {
        Detail = message;
    }

    public ParquetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
    }

    internal ParquetFormatException(string detail, string? filePath, string? column, int? rowGroup, int? page, Exception? inner = null)
        : base(Compose(detail, filePath, column, rowGroup, page), inner)
    {
        Detail = detail;
        FilePath = filePath;
        Column = column;
        RowGroup = rowGroup;
        Page = page;
    }

    /// <summary>The problem itself, without the location prefix.</summary>
    public string? Detail { get; }

    public string? FilePath { get; }

    public string? Column { get; }

    /// <summary>Zero-based row group index.</summary>
    public int? RowGroup { get; }

    /// <summary>Zero-based page index within the column chunk (the dictionary page counts).</summary>
    public int? Page { get; }

    /// <summary>Returns a copy with location fields filled in where this one lacks them.</summary>
    internal ParquetFormatException WithLocation(string? filePath, string? column = null, int? rowGroup = null, int? page = null) =>
        new(Detail ?? Message, FilePath ?? filePath, Column ?? column, RowGroup ?? rowGroup, Page ?? page, InnerException ?? this);

    private static string Compose(string detail, string? filePath, string? column, int? rowGroup, int? page)
    {
        var sb = new StringBuilder();
        if (filePath is not null)
        {
            sb.Append(filePath);
        }

        if (column is not null)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append("column '").Append(column).Append('\'');
        }

        if (rowGroup is not null)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append("row group ").Append(rowGroup.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (page is not null)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append("page ").Append(page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return sb.Length == 0 ? detail : sb.Append(": ").Append(detail).ToString();
    }
}
