namespace Attendance.Parquet.Tests.Interop;

/// <summary>
/// Bugs the interop matrix found in Attendance.Parquet, pinned small. Skipped until the fix lands on
/// branch parquet (then drop the Skip here and on the matrix case that found it).
/// </summary>
public sealed class KnownIssueTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attendance-known-issues-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Found by OurReader_ReadsOurWriterMatrix_ToTheWrittenValues(Gzip), column string_all_null: a v2
    // page whose values section is empty is written as zero "gzip" bytes (GZipStream emits nothing for
    // no input), and the reader then fails with ArgumentNullException ('pointer') from
    // UnmanagedMemoryStream over the empty span in PageCodec.DecompressGzip. DuckDB and hyparquet read it.
    [Fact(Skip = "parquet bug: gzip v2 page of an all-null column (empty values section) does not read back")]
    public void Read_OurGzipV2PageOfOnlyNulls_ReturnsAllNulls()
    {
        var path = Path.Combine(_directory, "gzip-v2-all-null.parquet");
        using (var writer = new ParquetFileWriter(path, [new ParquetColumnSpec("s", ParquetValueType.String, true)],
            new ParquetWriterOptions { Compression = ParquetCompression.Gzip, DataPageVersion = 2 }))
        {
            var batch = writer.CreateBatch(3);
            batch.Nulls(0).Fill(true);
            batch.Count = 3;
            writer.Write(batch);
            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        var data = reader.ReadColumn<string>(0, "s");

        Assert.Equal(3, data.Count);
        Assert.All(Enumerable.Range(0, 3), row => Assert.True(data.IsNull(row)));
    }
}
