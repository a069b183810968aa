namespace Attendance.Parquet;

/// <summary>
/// A leaf column of the schema. <paramref name="Name"/> is the dotted path ("a" or "a.b");
/// <paramref name="LogicalType"/> is resolved from the logical type or, failing that, the legacy
/// converted type; <paramref name="IsNested"/> is true for columns inside groups or repeated fields
/// (readable files stay readable, but such columns cannot be read).
/// </summary>
public sealed record ParquetColumn(
    string Name,
    PhysicalType PhysicalType,
    LogicalType? LogicalType,
    bool IsOptional,
    bool IsNested,
    int TypeLength)
{
    /// <summary>Position among the leaf columns, which is the chunk index inside a row group.</summary>
    public int Index { get; init; }

    public int MaxDefinitionLevel { get; init; }

    public int MaxRepetitionLevel { get; init; }
}
