using Attendance.Parquet.Codecs;
using Attendance.Parquet.Thrift;

namespace Attendance.Parquet.Writing;

/// <summary>Where column writers put their pages: the output stream plus the shared compression settings.</summary>
internal sealed class ChunkSink(Stream output, ParquetWriterOptions options)
{
    private readonly ThriftWriter _headerWriter = new();
    private byte[] _compressed = [];

    public ParquetWriterOptions Options { get; } = options;

    public CompressionCodec Codec { get; } = PageCodec.ToCodec(options.Compression);

    public long Position => output.Position;

    /// <summary>Compresses a page body; the result is valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> data) => PageCodec.Compress(Options.Compression, data, ref _compressed);

    /// <summary>Writes a page header and its body; returns the header's length.</summary>
    public int WritePage(PageHeader header, ReadOnlySpan<byte> levels, ReadOnlySpan<byte> body)
    {
        _headerWriter.Reset();
        header.Write(_headerWriter);
        var headerBytes = _headerWriter.WrittenSpan;
        output.Write(headerBytes);
        output.Write(levels);
        output.Write(body);
        return headerBytes.Length;
    }
}
