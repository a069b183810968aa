namespace Attendance.Parquet;

/// <summary>The value types the writer supports, with their Parquet mapping.</summary>
public enum ParquetValueType
{
    /// <summary>BOOLEAN; values are <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>INT32; values are <see cref="int"/>.</summary>
    Int32,

    /// <summary>INT64; values are <see cref="long"/>.</summary>
    Int64,

    /// <summary>FLOAT; values are <see cref="float"/>.</summary>
    Float,

    /// <summary>DOUBLE; values are <see cref="double"/>.</summary>
    Double,

    /// <summary>BYTE_ARRAY annotated STRING (UTF-8); values are <see cref="string"/>.</summary>
    String,

    /// <summary>INT32 annotated DATE; values are <see cref="int"/> days since 1970-01-01.</summary>
    Date,

    /// <summary>INT64 annotated TIMESTAMP(MICROS, UTC); values are <see cref="long"/> microseconds since the Unix epoch.</summary>
    Timestamp,
}
