namespace Attendance.Parquet;

/// <summary>The leaf columns of a file, in chunk order.</summary>
public sealed class ParquetSchema
{
    private readonly Dictionary<string, ParquetColumn> _byName;

    internal ParquetSchema(IReadOnlyList<ParquetColumn> columns)
    {
        Columns = columns;
        _byName = new Dictionary<string, ParquetColumn>(columns.Count, StringComparer.Ordinal);
        foreach (var column in columns)
        {
            // Duplicate dotted names are possible in odd files; the first wins.
            _byName.TryAdd(column.Name, column);
        }
    }

    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Finds a column by its exact (case-sensitive) dotted name.</summary>
    public ParquetColumn? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name);
    }
}
