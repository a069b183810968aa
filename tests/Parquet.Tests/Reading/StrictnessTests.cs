using Attendance.Parquet.Tests.Support;
using IronSnappy;

namespace Attendance.Parquet.Tests.Reading;

/// <summary>Bad files end in a ParquetFormatException that says where: file, column, row group, page.</summary>
public sealed class StrictnessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_WrongMagic_ThrowsNamingFile()
    {
        var bytes = ValidFile();
        bytes[0] = (byte)'X';

        var ex = OpenBroken(bytes, out var path);

        Assert.Equal(path, ex.FilePath);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("magic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedFile_Throws()
    {
        var bytes = ValidFile();

        var ex = OpenBroken(bytes[..(bytes.Length - 100)], out _);

        Assert.Contains("magic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TinyFile_ThrowsTooSmall()
    {
        var ex = OpenBroken("PAR1PAR1"u8.ToArray(), out _);

        Assert.Contains("too small", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FooterLengthLargerThanFile_Throws()
    {
        var bytes = ValidFile();
        BitConverter.GetBytes(bytes.Length).CopyTo(bytes, bytes.Length - 8);

        var ex = OpenBroken(bytes, out _);

        Assert.Contains("footer length", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptThriftFooter_Throws()
    {
        var bytes = ValidFile();
        var footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        bytes.AsSpan(bytes.Length - 8 - footerLength, footerLength).Fill(0xFF);

        var ex = OpenBroken(bytes, out _);

        Assert.Contains("corrupt Thrift", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageSizeBeyondChunk_ThrowsNamingColumnRowGroupAndPage()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false), 2)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(1, 2), compressedSize: 1_000_000);

        var ex = ReadBroken(file, out var path);

        AssertLocation(ex, path, page: 0);
        Assert.Contains("page size 1000000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeUncompressedSizeClaim_ThrowsWithoutAllocating()
    {
        var body = Snappy.Encode(RawParquetFile.Plain(1, 2));
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false), 2, CompressionCodec.Snappy)
            .PageV1(2, ParquetEncoding.Plain, body, uncompressedSize: int.MaxValue);

        var ex = ReadBroken(file, out var path);

        AssertLocation(ex, path, page: 0);
        Assert.Contains("uncompressed bytes", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CompressionCodec.Snappy)]
    [InlineData(CompressionCodec.Gzip)]
    [InlineData(CompressionCodec.Zstd)]
    public void Read_CorruptCompressedPage_ThrowsNamingPage(CompressionCodec codec)
    {
        byte[] garbage = [8, 0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8, 0xF7];
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false), 2, codec)
            .PageV1(2, ParquetEncoding.Plain, garbage, uncompressedSize: 8);

        var ex = ReadBroken(file, out var path);

        AssertLocation(ex, path, page: 0);
    }

    [Fact]
    public void Read_DictionaryIndexOutOfRange_ThrowsNamingColumnAndPage()
    {
        var data = ReaderFeatureTests.Concat([3], ReaderFeatureTests.Indices(3, 0, 5));
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false), 2)
            .Dictionary(2, RawParquetFile.Plain(10, 20))
            .PageV1(2, ParquetEncoding.RleDictionary, data);

        var ex = ReadBroken(file, out var path);

        AssertLocation(ex, path, page: 1);
        Assert.Contains("dictionary index 5 is out of range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullCountDisagreesWithLevels_Throws()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: true), 3)
            .PageV2(3, nulls: 0, ParquetEncoding.Plain, RawParquetFile.Levels(true, false, true), RawParquetFile.Plain(1L, 2L));

        var ex = ReadBroken(file, out var path);

        AssertLocation(ex, path, page: 0);
        Assert.Contains("nulls", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FewerValuesThanRows_Throws()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false), 3)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(1, 2));

        var ex = ReadBroken(file, out var path);

        Assert.Contains("holds 2 values but the row group has 3 rows", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}, column 'c', row group 0: ", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.Page);
    }

    [Fact]
    public void Read_PlainValuesShorterThanCount_Throws()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false), 3)
            .PageV1(3, ParquetEncoding.Plain, RawParquetFile.Plain(1L, 2L));

        var ex = ReadBroken(file, out var path);

        AssertLocation(ex, path, page: 0);
    }

    [Fact]
    public void Read_ByteStreamSplitWithHugeTypeLength_ThrowsWithoutAllocating()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.FixedLenByteArray, optional: false, typeLength: int.MaxValue), 2)
            .PageV1(2, ParquetEncoding.ByteStreamSplit, [1, 2, 3, 4]);
        var path = file.WriteTo(_dir);
        using var reader = ParquetFileReader.Open(path);

        var ex = Assert.Throws<ParquetFormatException>(() => reader.ReadColumn<byte[]>(0, "c"));

        Assert.Equal(0, ex.Page);
    }

    [Fact]
    public void Read_RowGroupClaimingBillionsOfNullRows_ThrowsInsteadOfExhaustingMemory()
    {
        // One v1 page whose definition levels are a single RLE run of int.MaxValue nulls: 14 bytes.
        var rows = int.MaxValue;
        var needed = rows * 17L;
        if (needed <= GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2)
        {
            return; // A machine this large could legitimately hold the chunk.
        }

        byte[] run = [0xFE, 0xFF, 0xFF, 0xFF, 0x0F, 0x00];
        var levels = ReaderFeatureTests.Concat(BitConverter.GetBytes(run.Length), run);
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: true, new LogicalType(LogicalTypeKind.Decimal, Precision: 18, Scale: 2)), rows)
            .PageV1(rows, ParquetEncoding.Plain, levels);
        var path = file.WriteTo(_dir);
        using var reader = ParquetFileReader.Open(path);

        var ex = Assert.Throws<ParquetFormatException>(() => reader.ReadColumn<decimal>(0, "c"));

        Assert.Contains("memory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8AsString_ThrowsButReadsAsBytes()
    {
        byte[] data = [2, 0, 0, 0, 0xC3, 0x28];
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.ByteArray, optional: false, new LogicalType(LogicalTypeKind.String)), 1)
            .PageV1(1, ParquetEncoding.Plain, data);
        var path = file.WriteTo(_dir);
        using var reader = ParquetFileReader.Open(path);

        var ex = Assert.Throws<ParquetFormatException>(() => reader.ReadColumn<string>(0, "c"));

        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
        Assert.Equal([0xC3, 0x28], reader.ReadColumn<byte[]>(0, "c").Values[0]);
    }

    [Fact]
    public void Read_DictionaryEncodedPageWithoutDictionary_Throws()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false), 2)
            .PageV1(2, ParquetEncoding.RleDictionary, ReaderFeatureTests.Concat([1], ReaderFeatureTests.Indices(1, 0, 1)));

        var ex = ReadBroken(file, out _);

        Assert.Contains("no dictionary page", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertLocation(ParquetFormatException ex, string path, int page)
    {
        Assert.Equal(path, ex.FilePath);
        Assert.Equal("c", ex.Column);
        Assert.Equal(0, ex.RowGroup);
        Assert.Equal(page, ex.Page);
        Assert.StartsWith($"{path}, column 'c', row group 0, page {page}: ", ex.Message, StringComparison.Ordinal);
    }

    private byte[] ValidFile()
    {
        var path = _dir.File("valid.parquet");
        new SampleTable(50).Write(path, new ParquetWriterOptions());
        return File.ReadAllBytes(path);
    }

    private ParquetFormatException OpenBroken(byte[] bytes, out string path)
    {
        path = _dir.File("broken.parquet");
        File.WriteAllBytes(path, bytes);
        var brokenPath = path;
        return Assert.Throws<ParquetFormatException>(() => ParquetFileReader.Open(brokenPath).Dispose());
    }

    private ParquetFormatException ReadBroken(RawParquetFile file, out string path)
    {
        path = file.WriteTo(_dir);
        using var reader = ParquetFileReader.Open(path);
        return Assert.Throws<ParquetFormatException>(() => reader.ReadColumn<long>(0, "c"));
    }
}
