namespace Attendance.Parquet;

/// <summary>How <see cref="ParquetFileWriter"/> lays out and compresses the file.</summary>
public sealed class ParquetWriterOptions
{
    /// <summary>Page compression.</summary>
    /// <value>Default <see cref="ParquetCompression.Snappy"/>.</value>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Rows per row group; the writer cuts row groups at exactly this many rows.</summary>
    /// <value>Default 1,000,000.</value>
    public int RowGroupRows { get; init; } = 1_000_000;

    /// <summary>Target size of a data page's encoded values, before compression.</summary>
    /// <value>Default 1 MiB.</value>
    public int PageBytes { get; init; } = 1 << 20;

    /// <summary>Dictionary-encode columns (except booleans) while the dictionary stays small.</summary>
    /// <value>Default true.</value>
    public bool Dictionary { get; init; } = true;

    /// <summary>A column chunk whose dictionary would exceed this many PLAIN bytes is written PLAIN instead.</summary>
    /// <value>Default 1 MiB.</value>
    public int DictionaryMaxBytes { get; init; } = 1 << 20;

    /// <summary>Data page format version, 1 or 2.</summary>
    /// <value>Default 1 (the most widely readable).</value>
    public int DataPageVersion { get; init; } = 1;

    /// <summary>Key-value metadata stored in the footer.</summary>
    /// <value>Default none.</value>
    public IReadOnlyDictionary<string, string>? KeyValueMetadata { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(RowGroupRows, 1, nameof(RowGroupRows));
        ArgumentOutOfRangeException.ThrowIfLessThan(PageBytes, 1, nameof(PageBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(DictionaryMaxBytes, nameof(DictionaryMaxBytes));
        if (DataPageVersion is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(DataPageVersion), DataPageVersion, "data page version must be 1 or 2");
        }

        if (!Enum.IsDefined(Compression))
        {
            throw new ArgumentOutOfRangeException(nameof(Compression), Compression, "unknown compression");
        }
    }
}
