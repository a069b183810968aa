using System.Buffers;

namespace Attendance.Parquet.Writing;

/// <summary>
/// What the column writer needs to know about one value type: PLAIN encoding, sizes, sort order for
/// statistics and dictionary equality. Implemented by structs with static members, so the JIT
/// specialises the generic writer per type (a class would share code and dispatch every call).
/// </summary>
internal interface IValueHandler<T>
{
    static abstract PhysicalType Physical { get; }

    /// <summary>Whether dictionary encoding is worth trying for this type.</summary>
    static abstract bool DictionaryCapable { get; }

    /// <summary>Bytes the value takes in PLAIN encoding (booleans: 1, though they pack into bits).</summary>
    static abstract int PlainSize(T value);

    static abstract void WritePlain(ReadOnlySpan<T> values, IBufferWriter<byte> output);

    /// <summary>Order used for min/max statistics (the type-defined order of the format).</summary>
    static abstract int Compare(T a, T b);

    /// <summary>False for values that must not take part in min/max (NaN).</summary>
    static abstract bool Orderable(T value);

    static abstract byte[] StatisticsBytes(T value);

    static abstract IEqualityComparer<T> Equality { get; }
}
