using Attendance.Parquet.Codecs;

namespace Attendance.Parquet.Tests.Codecs;

public sealed class PageCodecTests
{
    [Theory]
    [InlineData(ParquetCompression.Uncompressed)]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    public void CompressThenDecompress_RoundTrips(ParquetCompression compression)
    {
        var original = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7 % 13)).ToArray();
        var compressScratch = Array.Empty<byte>();
        var compressed = PageCodec.Compress(compression, original, ref compressScratch).ToArray();
        var scratch = Array.Empty<byte>();

        var result = PageCodec.Decompress(PageCodec.ToCodec(compression), compressed, original.Length, ref scratch);

        Assert.Equal(original, result.ToArray());
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    public void Compress_EmptyInput_GivesAValidNonEmptyStream(ParquetCompression compression)
    {
        var scratch = Array.Empty<byte>();
        var compressed = PageCodec.Compress(compression, [], ref scratch).ToArray();

        Assert.NotEmpty(compressed);
        if (compression == ParquetCompression.Gzip)
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
            Assert.Equal(-1, gzip.ReadByte());
        }
    }

    [Fact]
    public void Decompress_ZstdFrameWithoutContentSize_UsesPageSize()
    {
        // Magic, descriptor without content size, window byte, one last raw block of 5 bytes, "hello".
        byte[] frame = [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x00, 0x29, 0x00, 0x00, .. "hello"u8];
        var scratch = Array.Empty<byte>();

        var result = PageCodec.Decompress(CompressionCodec.Zstd, frame, 5, ref scratch);

        Assert.Equal("hello"u8.ToArray(), result.ToArray());
    }

    [Fact]
    public void Decompress_ZstdContentSizeDisagreesWithPage_Throws()
    {
        var scratch = Array.Empty<byte>();
        var compressed = PageCodec.Compress(ParquetCompression.Zstd, new byte[100], ref scratch).ToArray();

        Assert.Throws<ParquetFormatException>(() => PageCodec.Decompress(CompressionCodec.Zstd, compressed, 101, ref scratch).ToArray());
    }

    [Fact]
    public void Decompress_UnsupportedCodec_ThrowsNotSupported()
    {
        var scratch = Array.Empty<byte>();

        Assert.Throws<NotSupportedException>(() => PageCodec.Decompress(CompressionCodec.Lzo, [1, 2, 3], 3, ref scratch).ToArray());
    }
}
