namespace Attendance.Parquet;

/// <summary>Compression codecs as stored in the file; the numeric values are those of the format.</summary>
public enum CompressionCodec
{
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
}
