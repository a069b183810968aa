namespace Attendance.Parquet;

/// <summary>A column the writer will write.</summary>
/// <param name="Name">Column name (a top-level field; dots are kept as part of the name).</param>
/// <param name="Type">Value type.</param>
/// <param name="Nullable">Whether rows may be null (OPTIONAL) or not (REQUIRED).</param>
public sealed record ParquetColumnSpec(string Name, ParquetValueType Type, bool Nullable);
