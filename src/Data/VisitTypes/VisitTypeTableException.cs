using System.Globalization;

namespace Attendance.Data.VisitTypes;

/// <summary>The visit-type table is malformed; the message names the file and the 1-based line.</summary>
public sealed class VisitTypeTableException : Exception
{
    public VisitTypeTableException(string filePath, int line, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"{filePath}, line {line}: {problem}"))
    {
        FilePath = filePath;
        Line = line;
    }

    public VisitTypeTableException()
        : this("", 0, "malformed visit-type table")
    {
    }

    public VisitTypeTableException(string message)
        : base(message)
    {
        FilePath = "";
    }

    public VisitTypeTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "";
    }

    /// <summary>The table file.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number; 0 when the whole file is at fault.</summary>
    public int Line { get; }
}
