using System.IO.Compression;
using Attendance.Parquet.Codecs.Zstd;

namespace Attendance.Parquet.Codecs;

/// <summary>
/// Page compression for the codecs Parquet files use here. Before decompressing, the page
/// header's uncompressed size is checked against the most a codec can expand its input, so a
/// lying header cannot make us allocate gigabytes.
/// </summary>
internal static class PageCodec
{
    public static bool IsSupported(CompressionCodec codec) =>
        codec is CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Gzip or CompressionCodec.Zstd;

    /// <summary>Decompresses a page body; the result is exactly uncompressedSize bytes, in scratch (grown as needed) or src itself.</summary>
    public static ReadOnlySpan<byte> Decompress(CompressionCodec codec, ReadOnlySpan<byte> src, int uncompressedSize, ref byte[] scratch)
    {
        if (codec == CompressionCodec.Uncompressed)
        {
            if (uncompressedSize != src.Length)
            {
                throw new ParquetFormatException($"uncompressed page is {src.Length} bytes but its header says {uncompressedSize}");
            }

            return src;
        }

        if (src.IsEmpty)
        {
            // Some writers store an all-null v2 page's empty value section as zero bytes, uncompressed.
            return uncompressedSize == 0
                ? src
                : throw new ParquetFormatException($"an empty {codec} page body cannot hold the {uncompressedSize} bytes its header claims");
        }

        if (!IsSupported(codec))
        {
            throw new NotSupportedException($"not supported: compression codec {codec}");
        }

        var limit = MaxExpansion(codec) * src.Length + 1024;
        if (uncompressedSize < 0 || uncompressedSize > limit)
        {
            throw new ParquetFormatException($"page claims {uncompressedSize} uncompressed bytes from {src.Length} {codec} bytes");
        }

        try
        {
            if (scratch.Length < uncompressedSize)
            {
                scratch = new byte[uncompressedSize];
            }

            var dst = scratch.AsSpan(0, uncompressedSize);
            switch (codec)
            {
                case CompressionCodec.Snappy:
                    SnappyDecoder.Decompress(src, dst);
                    break;
                case CompressionCodec.Gzip:
                    DecompressGzip(src, dst);
                    break;
                default:
                    ZstdCodec.Decompress(src, dst);
                    break;
            }

            return dst;
        }
        catch (InvalidDataException ex)
        {
            // Corrupt deflate data; the snappy and zstd paths report their own ParquetFormatException.
            throw new ParquetFormatException($"{codec} decompression failed: {ex.Message}", ex);
        }
    }

    /// <summary>Compresses a page body; the result lives in scratch (grown as needed) or is src itself.</summary>
    public static ReadOnlySpan<byte> Compress(ParquetCompression compression, ReadOnlySpan<byte> src, ref byte[] scratch)
    {
        switch (compression)
        {
            case ParquetCompression.Uncompressed:
                return src;
            case ParquetCompression.Snappy:
                var bound = SnappyEncoder.MaxCompressedLength(src.Length);
                if (scratch.Length < bound)
                {
                    scratch = new byte[bound];
                }

                return scratch.AsSpan(0, SnappyEncoder.Compress(src, scratch));
            case ParquetCompression.Gzip:
                return CompressGzip(src);
            case ParquetCompression.Zstd:
                return ZstdCodec.Compress(src);
            default:
                throw new ArgumentOutOfRangeException(nameof(compression), compression, "unknown compression");
        }
    }

    public static CompressionCodec ToCodec(ParquetCompression compression) => compression switch
    {
        ParquetCompression.Uncompressed => CompressionCodec.Uncompressed,
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        ParquetCompression.Zstd => CompressionCodec.Zstd,
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "unknown compression"),
    };

    // Snappy copies emit at most 64 bytes for 3 input bytes; deflate at most 258 bytes per
    // ~2 bits (about 1032:1); a zstd RLE block emits up to 128 KiB for 4 bytes.
    private static long MaxExpansion(CompressionCodec codec) => codec switch
    {
        CompressionCodec.Snappy => 24,
        CompressionCodec.Gzip => 1040,
        _ => 32_768,
    };

    private static unsafe void DecompressGzip(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        fixed (byte* p = src)
        {
            using var input = new UnmanagedMemoryStream(p, src.Length);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            var filled = 0;
            while (filled < dst.Length)
            {
                var read = gzip.Read(dst[filled..]);
                if (read == 0)
                {
                    throw new ParquetFormatException($"gzip produced {filled} bytes but the page header says {dst.Length}");
                }

                filled += read;
            }

            Span<byte> probe = stackalloc byte[1];
            if (gzip.Read(probe) != 0)
            {
                throw new ParquetFormatException($"gzip holds more than the {dst.Length} bytes the page header says");
            }
        }
    }

    // A complete gzip member holding nothing: GZipStream writes no bytes at all for empty input,
    // which strict gzip readers reject.
    private static readonly byte[] EmptyGzip = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private static byte[] CompressGzip(ReadOnlySpan<byte> src)
    {
        if (src.IsEmpty)
        {
            return EmptyGzip;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(src);
        }

        return output.ToArray();
    }
}
