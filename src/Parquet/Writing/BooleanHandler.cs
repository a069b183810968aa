using System.Buffers;

namespace Attendance.Parquet.Writing;

internal readonly struct BooleanHandler : IValueHandler<bool>
{
    public static PhysicalType Physical => PhysicalType.Boolean;

    public static bool DictionaryCapable => false;

    public static IEqualityComparer<bool> Equality => EqualityComparer<bool>.Default;

    public static int PlainSize(bool value) => 1;

    public static void WritePlain(ReadOnlySpan<bool> values, IBufferWriter<byte> output)
    {
        var bytes = (values.Length + 7) >> 3;
        var span = output.GetSpan(bytes)[..bytes];
        span.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i])
            {
                span[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        output.Advance(bytes);
    }

    public static int Compare(bool a, bool b) => a.CompareTo(b);

    public static bool Orderable(bool value) => true;

    public static byte[] StatisticsBytes(bool value) => [value ? (byte)1 : (byte)0];
}
