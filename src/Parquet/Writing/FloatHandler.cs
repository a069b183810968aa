using System.Buffers;

namespace Attendance.Parquet.Writing;

/// <summary>Float values; dictionary keys compare by bits so that -0.0 and NaN payloads survive.</summary>
internal readonly struct FloatHandler : IValueHandler<float>, IEqualityComparer<float>
{
    private static readonly IEqualityComparer<float> Instance = new FloatHandler();

    public static PhysicalType Physical => PhysicalType.Float;

    public static bool DictionaryCapable => true;

    public static IEqualityComparer<float> Equality => Instance;

    public static int PlainSize(float value) => sizeof(float);

    public static void WritePlain(ReadOnlySpan<float> values, IBufferWriter<byte> output) => FixedWidth.Write(values, output);

    /// <summary>Numeric order with -0.0 before +0.0, as the format asks for statistics.</summary>
    public static int Compare(float a, float b) => a == b ? float.IsNegative(b).CompareTo(float.IsNegative(a)) : a.CompareTo(b);

    public static bool Orderable(float value) => !float.IsNaN(value);

    public static byte[] StatisticsBytes(float value) => FixedWidth.Bytes(value);

    public bool Equals(float x, float y) => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y);

    public int GetHashCode(float obj) => BitConverter.SingleToInt32Bits(obj).GetHashCode();
}
