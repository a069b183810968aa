namespace Attendance.Data.Contract;

/// <summary>The in-memory type of a contract column. Each maps to one CLR element type in a <see cref="Batches.DataColumn{T}"/>.</summary>
public enum FieldType
{
    /// <summary>UTF-8 text; <c>string?</c>.</summary>
    String,

    /// <summary>A UTC instant as microseconds since the Unix epoch; <c>long</c>.</summary>
    Timestamp,

    /// <summary>A 32-bit integer; <c>int</c>.</summary>
    Int32,

    /// <summary>A 64-bit integer (only for <c>x_*</c> extra columns); <c>long</c>.</summary>
    Int64,

    /// <summary>A double; <c>double</c>.</summary>
    Double,

    /// <summary>A boolean; <c>bool</c>.</summary>
    Bool,

    /// <summary>A calendar date as days since 1970-01-01; <c>int</c>.</summary>
    Date,
}
