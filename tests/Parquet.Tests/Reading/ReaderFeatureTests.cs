using System.Buffers.Binary;
using System.Text;
using Attendance.Parquet.Tests.Support;

namespace Attendance.Parquet.Tests.Reading;

/// <summary>Spec features our writer does not produce, read from hand-built pages.</summary>
public sealed class ReaderFeatureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_PlainDictionaryPageV1WithNulls_MapsIndicesAndNulls()
    {
        // rows: 20, null, 30, 10, null
        var data = Concat(RawParquetFile.V1Levels(true, false, true, true, false), [2], Indices(2, 1, 2, 0));
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: true), 5)
            .Dictionary(3, RawParquetFile.Plain(10, 20, 30))
            .PageV1(5, ParquetEncoding.PlainDictionary, data);

        var column = Read<int>(file);

        Assert.Equal([20, 0, 30, 10, 0], column.Span.ToArray());
        Assert.Equal([false, true, false, false, true], column.Nulls!.Take(5));
    }

    [Fact]
    public void Read_LegacyBitPackedDefinitionLevels_UsesMostSignificantBitFirst()
    {
        // Levels 1,0,1,1,0,0,1,1 packed MSB first: 1011_0011.
        var data = Concat([0xB3], RawParquetFile.Plain(1, 2, 3, 4, 5));
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: true), 8)
            .PageV1(8, ParquetEncoding.Plain, data, ParquetEncoding.BitPacked);

        var column = Read<int>(file);

        Assert.Equal([1, 0, 2, 3, 0, 0, 4, 5], column.Span.ToArray());
    }

    [Fact]
    public void Read_DeltaBinaryPackedPageV2WithNulls_ReturnsSpecExampleValues()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: true), 10)
            .PageV2(10, 2, ParquetEncoding.DeltaBinaryPacked, RawParquetFile.Levels(true, true, false, true, true, true, true, false, true, true), EncodingVectors.DeltaExample2);

        var column = Read<long>(file);

        Assert.Equal([7L, 5, 0, 3, 1, 2, 3, 0, 4, 5], column.Span.ToArray());
        Assert.True(column.IsNull(2));
        Assert.True(column.IsNull(7));
    }

    [Fact]
    public void Read_AllNullPageV2WithEmptyCompressedSection_ReturnsNulls()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Double, optional: true), 3, CompressionCodec.Snappy)
            .PageV2(3, 3, ParquetEncoding.Plain, RawParquetFile.Levels(false, false, false), [], isCompressed: true);

        var column = Read<double>(file);

        Assert.Equal([true, true, true], column.Nulls!.Take(3));
    }

    [Fact]
    public void Read_Int96Timestamps_ConvertsJulianDayAndNanosToUnixMicros()
    {
        var data = Concat(Int96(2_440_588, 1_500), Int96(2_440_589, 0), Int96(2_440_587, 86_399_999_999_000));
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int96, optional: false), 3)
            .PageV1(3, ParquetEncoding.Plain, data);

        Assert.Equal([1L, 86_400_000_000L, -1L], Read<long>(file).Span.ToArray());
    }

    [Theory]
    [InlineData(TimeUnit.Millis, true, 1_234L, 1_234_000L)]
    [InlineData(TimeUnit.Micros, false, 1_234L, 1_234L)]
    [InlineData(TimeUnit.Nanos, true, 1_234_999L, 1_234L)]
    [InlineData(TimeUnit.Nanos, false, -1L, -1L)]
    public void Read_Int64Timestamp_ConvertsEveryUnitToMicros(TimeUnit unit, bool utc, long stored, long micros)
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false, LogicalType.Timestamp(unit, utc)), 1)
            .PageV1(1, ParquetEncoding.Plain, RawParquetFile.Plain(stored));

        Assert.Equal(micros, Read<long>(file).Values[0]);
    }

    [Fact]
    public void Read_ConvertedTimestampMillis_ConvertsToMicros()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false, converted: ConvertedType.TimestampMillis), 1)
            .PageV1(1, ParquetEncoding.Plain, RawParquetFile.Plain(5L));

        Assert.Equal(5_000L, Read<long>(file).Values[0]);
    }

    [Fact]
    public void Read_TimeMillis_IsMillisAsIntAndMicrosAsLong()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false, new LogicalType(LogicalTypeKind.Time, TimeUnit.Millis, true)), 1)
            .PageV1(1, ParquetEncoding.Plain, RawParquetFile.Plain(36_000_000));

        Assert.Equal(36_000_000, Read<int>(file).Values[0]);
        Assert.Equal(36_000_000_000L, Read<long>(file).Values[0]);
    }

    [Theory]
    [InlineData(TimeUnit.Micros, 1_234L, 1_234L)]
    [InlineData(TimeUnit.Nanos, 1_234_567L, 1_234L)]
    public void Read_Int64Time_ReturnsMicros(TimeUnit unit, long stored, long micros)
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false, new LogicalType(LogicalTypeKind.Time, unit, false)), 1)
            .PageV1(1, ParquetEncoding.Plain, RawParquetFile.Plain(stored));

        Assert.Equal(micros, Read<long>(file).Values[0]);
    }

    [Fact]
    public void Read_Uint64AboveLongRange_ThrowsRatherThanWrapping()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false, LogicalType.Integer(64, isSigned: false)), 2)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(5L, -1L));

        Assert.Throws<ParquetFormatException>(() => Read<long>(file));
    }

    [Fact]
    public void Read_Uint64AsUlong_KeepsValuesAboveLongRange()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false, LogicalType.Integer(64, isSigned: false)), 2)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(5L, -1L));

        Assert.Equal([5UL, ulong.MaxValue], Read<ulong>(file).Span.ToArray());
    }

    [Fact]
    public void Read_SignedColumnAsUlong_ThrowsArgumentException()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int64, optional: false), 1)
            .PageV1(1, ParquetEncoding.Plain, RawParquetFile.Plain(5L));

        Assert.Throws<ArgumentException>(() => Read<ulong>(file));
    }

    [Fact]
    public void Read_Uint32AsLong_ZeroExtends()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false, converted: ConvertedType.Uint32), 2)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(-1, 7));

        Assert.Equal([4_294_967_295L, 7L], Read<long>(file).Span.ToArray());
    }

    [Fact]
    public void Read_Int8AndInt16_ReadAsInt()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false, LogicalType.Integer(8, isSigned: true)), 2)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(-128, 127));

        Assert.Equal([-128, 127], Read<int>(file).Span.ToArray());
    }

    [Fact]
    public void Read_DecimalInInt32_AppliesScale()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Int32, optional: false, new LogicalType(LogicalTypeKind.Decimal, Precision: 9, Scale: 2)), 2)
            .PageV1(2, ParquetEncoding.Plain, RawParquetFile.Plain(12_345, -5));

        Assert.Equal([123.45m, -0.05m], Read<decimal>(file).Span.ToArray());
    }

    [Fact]
    public void Read_DecimalInByteArray_DecodesBigEndianTwosComplement()
    {
        // -123 as two bytes 0xFF85, and 1 as a single byte, scale 1.
        var data = Concat(Length(2), [0xFF, 0x85], Length(1), [0x01]);
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.ByteArray, optional: false, converted: ConvertedType.Decimal), 2)
            .PageV1(2, ParquetEncoding.Plain, data);
        file.Leaf.Scale = 1;
        file.Leaf.Precision = 5;

        Assert.Equal([-12.3m, 0.1m], Read<decimal>(file).Span.ToArray());
    }

    [Fact]
    public void Read_FixedLenByteArray_ReturnsBytes()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.FixedLenByteArray, optional: false, typeLength: 3), 2)
            .PageV1(2, ParquetEncoding.Plain, [1, 2, 3, 4, 5, 6]);

        var column = Read<byte[]>(file);

        Assert.Equal([1, 2, 3], column.Values[0]);
        Assert.Equal([4, 5, 6], column.Values[1]);
    }

    [Fact]
    public void Read_EnumByteArray_ReadsAsString()
    {
        var data = Concat(Length(3), "red"u8.ToArray(), Length(4), "blue"u8.ToArray());
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.ByteArray, optional: false, new LogicalType(LogicalTypeKind.Enum)), 2)
            .PageV1(2, ParquetEncoding.Plain, data);

        Assert.Equal(["red", "blue"], Read<string>(file).Span.ToArray());
    }

    [Fact]
    public void Read_DeltaByteArray_RebuildsPrefixedStrings()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.ByteArray, optional: false, new LogicalType(LogicalTypeKind.String)), 4)
            .PageV1(4, ParquetEncoding.DeltaByteArray, EncodingVectors.DeltaByteArrayExample);

        Assert.Equal(["axis", "axle", "babble", "babyhood"], Read<string>(file).Span.ToArray());
    }

    [Fact]
    public void Read_DeltaLengthByteArray_SplitsConcatenatedValues()
    {
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.ByteArray, optional: false), 4)
            .PageV1(4, ParquetEncoding.DeltaLengthByteArray, EncodingVectors.DeltaLengthExample);

        Assert.Equal(["Hello", "World", "Foobar", "ABCDEF"], Read<string>(file).Span.ToArray());
    }

    [Fact]
    public void Read_ByteStreamSplitDoubles_ReassemblesValues()
    {
        double[] values = [1.5, -2.25, double.MaxValue];
        var bytes = values.SelectMany(BitConverter.GetBytes).ToArray();
        var split = new byte[bytes.Length];
        for (var i = 0; i < values.Length; i++)
        {
            for (var k = 0; k < 8; k++)
            {
                split[(k * values.Length) + i] = bytes[(i * 8) + k];
            }
        }

        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Double, optional: false), 3)
            .PageV1(3, ParquetEncoding.ByteStreamSplit, split);

        Assert.Equal(values, Read<double>(file).Span.ToArray());
    }

    [Fact]
    public void Read_RleEncodedBooleans_DecodesRuns()
    {
        // RLE run of 10 trues, then a bit-packed group 0,0,0 padded to 8.
        byte[] runs = [10 << 1, 1, 0b11, 0];
        var data = Concat(Length(runs.Length), runs);
        var file = new RawParquetFile(RawParquetFile.Column(PhysicalType.Boolean, optional: false), 13)
            .PageV1(13, ParquetEncoding.Rle, data);

        Assert.Equal([.. Enumerable.Repeat(true, 10), false, false, false], Read<bool>(file).Span.ToArray());
    }

    private ColumnData<T> Read<T>(RawParquetFile file)
    {
        using var reader = ParquetFileReader.Open(file.WriteTo(_dir, Guid.NewGuid().ToString("N") + ".parquet"));
        return reader.ReadColumn<T>(0, "c");
    }

    internal static byte[] Indices(int bitWidth, params int[] indices)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Attendance.Parquet.Encodings.RleHybridEncoder.Encode(indices, bitWidth, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    internal static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Length(int length)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        return bytes;
    }

    private static byte[] Int96(int julianDay, long nanosOfDay)
    {
        var bytes = new byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, nanosOfDay);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), julianDay);
        return bytes;
    }
}
