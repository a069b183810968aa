using Attendance.Parquet.Thrift;

namespace Attendance.Parquet.Tests.Thrift;

public sealed class ThriftReaderTests
{
    [Fact]
    public void Read_FieldHeadersShortAndLongForm_DecodesValues()
    {
        // i32 field 1 = -3 (zigzag 5); then field 300 (long form: type byte, zigzag varint 600) i64 = 1; stop.
        byte[] data = [0x15, 0x05, 0x06, 0xD8, 0x04, 0x02, 0x00];
        var reader = new ThriftReader(data);
        var saved = reader.BeginStruct();

        Assert.True(reader.NextField(out var id1, out var type1));
        Assert.Equal((1, CompactType.I32), (id1, type1));
        Assert.Equal(-3, reader.ReadI32());
        Assert.True(reader.NextField(out var id2, out var type2));
        Assert.Equal((300, CompactType.I64), (id2, type2));
        Assert.Equal(1L, reader.ReadI64());
        Assert.False(reader.NextField(out _, out _));
        reader.EndStruct(saved);
        Assert.Equal(data.Length, reader.Position);
    }

    [Fact]
    public void ReadListHeader_CountLargerThanData_ThrowsBeforeAllocating()
    {
        // List header: long form (0xF5 = size 15+, i32), size varint 2^28.
        byte[] data = [0xF5, 0x80, 0x80, 0x80, 0x80, 0x01];

        Assert.Throws<ParquetFormatException>(() =>
        {
            var reader = new ThriftReader(data);
            reader.ReadListHeader(out _);
        });
    }

    [Fact]
    public void SkipStruct_DeeplyNested_ThrowsInsteadOfOverflowingTheStack()
    {
        // Field 1 of type struct, repeated: each opens another level.
        var data = Enumerable.Repeat((byte)0x1C, 10_000).ToArray();

        var ex = Assert.Throws<ParquetFormatException>(() =>
        {
            var reader = new ThriftReader(data);
            reader.SkipStruct();
        });
        Assert.Contains("nested too deeply", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBinary_LengthBeyondData_Throws()
    {
        byte[] data = [0x10, 0x41];

        Assert.Throws<ParquetFormatException>(() =>
        {
            var reader = new ThriftReader(data);
            reader.ReadBinary();
        });
    }

    [Fact]
    public void FileMetaData_WriteThenRead_RoundTripsFields()
    {
        var metadata = new FileMetaData
        {
            Version = 2,
            Schema =
            [
                new SchemaElement { Name = "schema", NumChildren = 1 },
                new SchemaElement { Name = "when", Type = PhysicalType.Int64, RepetitionType = FieldRepetitionType.Optional, LogicalType = LogicalType.Timestamp(TimeUnit.Nanos, isAdjustedToUtc: false), ConvertedType = ConvertedType.TimestampMicros },
            ],
            NumRows = 1L << 40,
            RowGroups = [new RowGroup { NumRows = 5, TotalByteSize = 77, Ordinal = 0, Columns = [new ColumnChunk { FileOffset = 4, MetaData = new ColumnMetaData { Type = PhysicalType.Int64, Codec = CompressionCodec.Zstd, PathInSchema = ["when"], Encodings = [ParquetEncoding.Plain, ParquetEncoding.Rle], NumValues = 5, TotalCompressedSize = 9, TotalUncompressedSize = 10, DataPageOffset = 4, Statistics = new Statistics { NullCount = 2, MinValue = new byte[] { 1 }, MaxValue = new byte[] { 2 } } } }] }],
            KeyValueMetadata = [new KeyValue("k", "v"), new KeyValue("no value", null)],
            CreatedBy = "tests",
            ColumnOrderCount = 1,
        };
        var writer = new ThriftWriter();
        metadata.Write(writer);

        var reader = new ThriftReader(writer.WrittenSpan);
        var read = ThriftLists.ReadStruct<FileMetaData>(ref reader);

        Assert.Equal(writer.WrittenSpan.Length, reader.Position);
        Assert.Equal(2, read.Version);
        Assert.Equal(1L << 40, read.NumRows);
        Assert.Equal("tests", read.CreatedBy);
        Assert.Equal(1, read.ColumnOrderCount);
        Assert.Equal(metadata.KeyValueMetadata, read.KeyValueMetadata);
        Assert.Equal(LogicalType.Timestamp(TimeUnit.Nanos, isAdjustedToUtc: false), read.Schema[1].LogicalType);
        Assert.Equal(FieldRepetitionType.Optional, read.Schema[1].RepetitionType);
        var meta = read.RowGroups[0].Columns[0].MetaData!;
        Assert.Equal(CompressionCodec.Zstd, meta.Codec);
        Assert.Equal([ParquetEncoding.Plain, ParquetEncoding.Rle], meta.Encodings);
        Assert.Equal(2, meta.Statistics!.NullCount);
        Assert.Equal([2], meta.Statistics.MaxValue!.Value.ToArray());
    }

    [Fact]
    public void FileMetaData_MissingRequiredField_ThrowsNamingIt()
    {
        // An empty struct: just the stop byte.
        byte[] data = [0x00];

        var ex = Assert.Throws<ParquetFormatException>(() =>
        {
            var reader = new ThriftReader(data);
            ThriftLists.ReadStruct<FileMetaData>(ref reader);
        });
        Assert.Contains("schema", ex.Message, StringComparison.Ordinal);
    }
}
