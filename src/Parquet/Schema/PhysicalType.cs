namespace Attendance.Parquet;

/// <summary>Parquet physical (storage) types; the numeric values are those of the format.</summary>
public enum PhysicalType
{
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
}
