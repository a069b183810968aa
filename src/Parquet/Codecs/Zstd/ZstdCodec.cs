using System.Runtime.InteropServices;

namespace Attendance.Parquet.Codecs.Zstd;

/// <summary>Safe span-based wrapper over libzstd; every status code is checked.</summary>
internal static unsafe class ZstdCodec
{
    private const int Level = 3;

    /// <summary>Decompresses src into exactly dst.Length bytes; fails on corrupt input or a size mismatch.</summary>
    public static void Decompress(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        fixed (byte* s = src)
        fixed (byte* d = dst)
        {
            // Frames may omit the content size; then the page header's size is all we have.
            var declared = ZstdNative.GetFrameContentSize(s, (nuint)src.Length);
            if (declared == ZstdNative.ContentSizeError)
            {
                throw new ParquetFormatException("zstd: not a valid frame");
            }

            if (declared != ZstdNative.ContentSizeUnknown && declared != (ulong)dst.Length)
            {
                throw new ParquetFormatException($"zstd frame holds {declared} bytes but the page header says {dst.Length}");
            }

            var result = ZstdNative.Decompress(d, (nuint)dst.Length, s, (nuint)src.Length);
            Check(result);
            if (result != (nuint)dst.Length)
            {
                throw new ParquetFormatException($"zstd produced {result} bytes but the page header says {dst.Length}");
            }
        }
    }

    public static byte[] Compress(ReadOnlySpan<byte> src)
    {
        var bound = ZstdNative.CompressBound((nuint)src.Length);
        Check(bound);
        var output = new byte[checked((int)bound)];
        fixed (byte* s = src)
        fixed (byte* d = output)
        {
            var written = ZstdNative.Compress(d, bound, s, (nuint)src.Length, Level);
            Check(written);
            return output.AsSpan(0, (int)written).ToArray();
        }
    }

    private static void Check(nuint code)
    {
        if (ZstdNative.IsError(code) != 0)
        {
            var name = Marshal.PtrToStringAnsi(ZstdNative.GetErrorName(code)) ?? "unknown error";
            throw new ParquetFormatException("zstd: " + name);
        }
    }
}
