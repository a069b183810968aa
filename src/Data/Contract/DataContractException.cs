using System.Globalization;

namespace Attendance.Data.Contract;

/// <summary>
/// An input file breaks the data contract. The message names the file, the column and (for values) the
/// 1-based row within the file; it never contains the offending value when that value could be personal data.
/// </summary>
public sealed class DataContractException : Exception
{
    public DataContractException(DataContractError error, string filePath, string? column, long? row, string problem, Exception? inner = null)
        : base(Format(filePath, column, row, problem), inner)
    {
        Error = error;
        FilePath = filePath;
        Column = column;
        Row = row;
    }

    public DataContractException()
        : this(DataContractError.UnreadableFile, "", null, null, "data contract violated")
    {
    }

    public DataContractException(string message)
        : base(message)
    {
        FilePath = "";
    }

    public DataContractException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "";
    }

    /// <summary>The kind of violation.</summary>
    public DataContractError Error { get; }

    /// <summary>The file (or folder) that broke the contract.</summary>
    public string FilePath { get; }

    /// <summary>The column, when one is to blame.</summary>
    public string? Column { get; }

    /// <summary>1-based row number within <see cref="FilePath"/>, when a value is to blame.</summary>
    public long? Row { get; }

    private static string Format(string filePath, string? column, long? row, string problem)
    {
        var where = filePath;
        if (column is not null)
        {
            where += $", column {column}";
        }
        if (row is not null)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", row {row}");
        }
        return $"{where}: {problem}";
    }
}
