using System.Buffers;

namespace Attendance.Parquet.Writing;

internal readonly struct Int64Handler : IValueHandler<long>
{
    public static PhysicalType Physical => PhysicalType.Int64;

    public static bool DictionaryCapable => true;

    public static IEqualityComparer<long> Equality => EqualityComparer<long>.Default;

    public static int PlainSize(long value) => sizeof(long);

    public static void WritePlain(ReadOnlySpan<long> values, IBufferWriter<byte> output) => FixedWidth.Write(values, output);

    public static int Compare(long a, long b) => a.CompareTo(b);

    public static bool Orderable(long value) => true;

    public static byte[] StatisticsBytes(long value) => FixedWidth.Bytes(value);
}
