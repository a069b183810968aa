using Attendance.Data.Contract;

namespace Attendance.Data.Batches;

/// <summary>One column of a <see cref="TableBatch"/>, untyped view (for extras and generic code).</summary>
public abstract class DataColumn
{
    private protected DataColumn(FieldType type) => Type = type;

    /// <summary>The column's contract type; fixes the element type of <see cref="DataColumn{T}"/>.</summary>
    public FieldType Type { get; }

    /// <summary>True when row <paramref name="row"/> is null.</summary>
    public abstract bool IsNull(int row);

    /// <summary>The first null row among the first <paramref name="rows"/>, or -1 (one vectorised scan of the null flags).</summary>
    internal abstract int FirstNull(int rows);

    /// <summary>The boxed value of a row, or null (row path only: allocates for value types).</summary>
    public abstract object? GetBoxed(int row);

    /// <summary>Grows the storage to at least <paramref name="capacity"/> rows, keeping values.</summary>
    public abstract void EnsureCapacity(int capacity);

    /// <summary>The CLR element type of a field type: string, long, int, double or bool.</summary>
    public static Type ElementType(FieldType type) => type switch
    {
        FieldType.String => typeof(string),
        FieldType.Timestamp or FieldType.Int64 => typeof(long),
        FieldType.Int32 or FieldType.Date => typeof(int),
        FieldType.Double => typeof(double),
        FieldType.Bool => typeof(bool),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>An empty column of the right element type for <paramref name="type"/>.</summary>
    public static DataColumn Create(FieldType type, int capacity) => type switch
    {
        FieldType.String => new DataColumn<string?>(type, capacity),
        FieldType.Timestamp or FieldType.Int64 => new DataColumn<long>(type, capacity),
        FieldType.Int32 or FieldType.Date => new DataColumn<int>(type, capacity),
        FieldType.Double => new DataColumn<double>(type, capacity),
        FieldType.Bool => new DataColumn<bool>(type, capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
