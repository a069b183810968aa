namespace Attendance.Parquet;

/// <summary>Which logical type annotates a column (the union member of the format's LogicalType).</summary>
public enum LogicalTypeKind
{
    None = 0,
    String = 1,
    Map = 2,
    List = 3,
    Enum = 4,
    Decimal = 5,
    Date = 6,
    Time = 7,
    Timestamp = 8,
    Integer = 10,
    Unknown = 11,
    Json = 12,
    Bson = 13,
    Uuid = 14,
    Float16 = 15,
    Variant = 16,
    Geometry = 17,
    Geography = 18,
    Other = 99,
}
