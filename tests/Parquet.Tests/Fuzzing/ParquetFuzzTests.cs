using Attendance.Parquet.Fuzzing;
using Attendance.Parquet.Tests.Support;

namespace Attendance.Parquet.Tests.Fuzzing;

public sealed class ParquetFuzzTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(ParquetCompression.Snappy, 1)]
    [InlineData(ParquetCompression.Gzip, 2)]
    [InlineData(ParquetCompression.Zstd, 1)]
    [InlineData(ParquetCompression.Uncompressed, 2)]
    public void Run_MutationsOfOurFile_OnlySucceedOrRejectCleanly(ParquetCompression compression, int pageVersion)
    {
        var path = _dir.File("valid.parquet");
        new SampleTable(400).Write(path, new ParquetWriterOptions { Compression = compression, DataPageVersion = pageVersion, RowGroupRows = 150, PageBytes = 300 });

        var result = ParquetFuzz.Run(File.ReadAllBytes(path), mutations: 150, seed: 17 + pageVersion, _dir.Path);

        Assert.True(result.Clean, string.Join(Environment.NewLine, result.Unexpected));
        Assert.True(result.FormatErrors > 0, "the mutations should break some files");
    }

    [Theory]
    [InlineData("duckdb-v1-snappy.parquet")]
    [InlineData("duckdb-v2-zstd.parquet")]
    public void Run_MutationsOfDuckDbFile_OnlySucceedOrRejectCleanly(string fixture)
    {
        var result = ParquetFuzz.Run(File.ReadAllBytes(Fixtures.Path(fixture)), mutations: 150, seed: 3, _dir.Path);

        Assert.True(result.Clean, string.Join(Environment.NewLine, result.Unexpected));
        Assert.Equal(150, result.Succeeded + result.FormatErrors + result.NotSupported);
    }
}
