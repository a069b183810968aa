using System.Buffers;

namespace Attendance.Parquet.Writing;

internal readonly struct Int32Handler : IValueHandler<int>
{
    public static PhysicalType Physical => PhysicalType.Int32;

    public static bool DictionaryCapable => true;

    public static IEqualityComparer<int> Equality => EqualityComparer<int>.Default;

    public static int PlainSize(int value) => sizeof(int);

    public static void WritePlain(ReadOnlySpan<int> values, IBufferWriter<byte> output) => FixedWidth.Write(values, output);

    public static int Compare(int a, int b) => a.CompareTo(b);

    public static bool Orderable(int value) => true;

    public static byte[] StatisticsBytes(int value) => FixedWidth.Bytes(value);
}
