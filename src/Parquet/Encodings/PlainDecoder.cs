using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Attendance.Parquet.Encodings;

/// <summary>PLAIN decoding: fixed-width little-endian values, bit-packed booleans, length-prefixed byte arrays.</summary>
internal static class PlainDecoder
{
    /// <summary>Decodes booleans (one bit each, LSB first); returns the bytes consumed.</summary>
    public static int Booleans(ReadOnlySpan<byte> src, Span<bool> dst)
    {
        var bytes = (dst.Length + 7) >> 3;
        Require(src, bytes, dst.Length, "BOOLEAN");
        for (var i = 0; i < dst.Length; i++)
        {
            dst[i] = ((src[i >> 3] >> (i & 7)) & 1) != 0;
        }

        return bytes;
    }

    /// <summary>Decodes INT32/INT64/FLOAT/DOUBLE values by copying; returns the bytes consumed.</summary>
    public static int Fixed<T>(ReadOnlySpan<byte> src, Span<T> dst)
        where T : unmanaged
    {
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var bytes = (long)dst.Length * size;
        Require(src, bytes, dst.Length, typeof(T).Name);
        if (BitConverter.IsLittleEndian)
        {
            src[..(int)bytes].CopyTo(MemoryMarshal.AsBytes(dst));
        }
        else
        {
            throw new PlatformNotSupportedException("big-endian platforms are not supported");
        }

        return (int)bytes;
    }

    /// <summary>Decodes length-prefixed byte arrays into ranges of src; returns the bytes consumed.</summary>
    public static int ByteArrays(ReadOnlySpan<byte> src, Span<ByteRange> dst)
    {
        var position = 0;
        for (var i = 0; i < dst.Length; i++)
        {
            if (src.Length - position < 4)
            {
                throw new ParquetFormatException($"BYTE_ARRAY value {i} of {dst.Length}: length prefix runs past the page end");
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(src[position..]);
            position += 4;
            if (length < 0 || length > src.Length - position)
            {
                throw new ParquetFormatException($"BYTE_ARRAY value {i} of {dst.Length}: length {length} exceeds the {src.Length - position} bytes left");
            }

            dst[i] = new ByteRange(position, length);
            position += length;
        }

        return position;
    }

    /// <summary>Decodes fixed-length byte arrays (FIXED_LEN_BYTE_ARRAY, INT96) into ranges; returns the bytes consumed.</summary>
    public static int FixedLength(ReadOnlySpan<byte> src, int width, Span<ByteRange> dst)
    {
        var bytes = (long)dst.Length * width;
        Require(src, bytes, dst.Length, "FIXED_LEN_BYTE_ARRAY");
        for (var i = 0; i < dst.Length; i++)
        {
            dst[i] = new ByteRange(i * width, width);
        }

        return (int)bytes;
    }

    private static void Require(ReadOnlySpan<byte> src, long bytes, int count, string type)
    {
        if (bytes > src.Length)
        {
            throw new ParquetFormatException($"PLAIN {type}: {count} values need {bytes} bytes but the page holds {src.Length}");
        }
    }
}
