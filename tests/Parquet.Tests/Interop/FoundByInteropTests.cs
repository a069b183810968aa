namespace Attendance.Parquet.Tests.Interop;

/// <summary>Bugs the interop matrix found in Attendance.Parquet, pinned small as regression tests.</summary>
public sealed class FoundByInteropTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attendance-known-issues-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Found by OurReader_ReadsOurWriterMatrix_ToTheWrittenValues(Gzip), column string_all_null: a v2
    // page whose values section is empty is written as zero "gzip" bytes (GZipStream emits nothing for
    // no input), and the reader failed with ArgumentNullException ('pointer') from UnmanagedMemoryStream
    // over the empty span in PageCodec.DecompressGzip. DuckDB and hyparquet read it. Fixed on branch
    // parquet in 64e1beb (empty value sections of all-null v2 pages accepted).
    [Fact]
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
