namespace Attendance.Parquet;

/// <summary>Compression the writer applies to pages.</summary>
public enum ParquetCompression
{
    Uncompressed,
    Snappy,
    Gzip,
    Zstd,
}
