using System.Buffers;
using System.Runtime.InteropServices;

namespace Attendance.Parquet.Writing;

/// <summary>PLAIN for fixed-width numbers: the little-endian bytes, as in memory on supported platforms.</summary>
internal static class FixedWidth
{
    public static void Write<T>(ReadOnlySpan<T> values, IBufferWriter<byte> output)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("big-endian platforms are not supported");
        }

        var bytes = MemoryMarshal.AsBytes(values);
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    public static byte[] Bytes<T>(T value)
        where T : unmanaged => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
