using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Attendance.Parquet.Writing;

/// <summary>UTF-8 strings as BYTE_ARRAY; statistics order is that of the UTF-8 bytes (code point order).</summary>
internal readonly struct StringHandler : IValueHandler<string>
{
    public static PhysicalType Physical => PhysicalType.ByteArray;

    public static bool DictionaryCapable => true;

    public static IEqualityComparer<string> Equality => StringComparer.Ordinal;

    public static int PlainSize(string value) => 4 + Encoding.UTF8.GetByteCount(value);

    public static void WritePlain(ReadOnlySpan<string> values, IBufferWriter<byte> output)
    {
        foreach (var value in values)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            var span = output.GetSpan(4 + length);
            BinaryPrimitives.WriteInt32LittleEndian(span, length);
            Encoding.UTF8.GetBytes(value, span[4..]);
            output.Advance(4 + length);
        }
    }

    /// <summary>
    /// Code point order, which equals UTF-8 byte order. UTF-16 ordinal order differs only where a
    /// surrogate meets a char at or above U+E000, so that case is remapped.
    /// </summary>
    public static int Compare(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            int x = a[i], y = b[i];
            if (x != y)
            {
                return Remap(x) - Remap(y);
            }
        }

        return a.Length - b.Length;
    }

    public static bool Orderable(string value) => true;

    public static byte[] StatisticsBytes(string value) => Encoding.UTF8.GetBytes(value);

    private static int Remap(int c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
}
