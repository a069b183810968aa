using System.Buffers;

namespace Attendance.Parquet.Writing;

/// <summary>Double values; dictionary keys compare by bits so that -0.0 and NaN payloads survive.</summary>
internal readonly struct DoubleHandler : IValueHandler<double>, IEqualityComparer<double>
{
    private static readonly IEqualityComparer<double> Instance = new DoubleHandler();

    public static PhysicalType Physical => PhysicalType.Double;

    public static bool DictionaryCapable => true;

    public static IEqualityComparer<double> Equality => Instance;

    public static int PlainSize(double value) => sizeof(double);

    public static void WritePlain(ReadOnlySpan<double> values, IBufferWriter<byte> output) => FixedWidth.Write(values, output);

    /// <summary>Numeric order with -0.0 before +0.0, as the format asks for statistics.</summary>
    public static int Compare(double a, double b) => a == b ? double.IsNegative(b).CompareTo(double.IsNegative(a)) : a.CompareTo(b);

    public static bool Orderable(double value) => !double.IsNaN(value);

    public static byte[] StatisticsBytes(double value) => FixedWidth.Bytes(value);

    public bool Equals(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);

    public int GetHashCode(double obj) => BitConverter.DoubleToInt64Bits(obj).GetHashCode();
}
