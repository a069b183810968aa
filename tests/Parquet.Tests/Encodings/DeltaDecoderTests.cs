using Attendance.Parquet.Encodings;
using Attendance.Parquet.Tests.Support;

namespace Attendance.Parquet.Tests.Encodings;

public sealed class DeltaDecoderTests
{
    [Fact]
    public void DeltaBinaryPacked_SpecExample1_ReturnsOneToFive()
    {
        var values = new long[5];

        var consumed = DeltaBinaryPackedDecoder.Decode(EncodingVectors.DeltaExample1, values);

        Assert.Equal([1L, 2, 3, 4, 5], values);
        Assert.Equal(EncodingVectors.DeltaExample1.Length, consumed);
    }

    [Fact]
    public void DeltaBinaryPacked_SpecExample2_ReturnsValuesAndConsumesMiniblock()
    {
        var values = new long[8];

        var consumed = DeltaBinaryPackedDecoder.Decode(EncodingVectors.DeltaExample2, values);

        Assert.Equal([7L, 5, 3, 1, 2, 3, 4, 5], values);
        Assert.Equal(EncodingVectors.DeltaExample2.Length, consumed);
    }

    [Fact]
    public void DeltaBinaryPacked_CountDiffersFromExpected_ThrowsFormatException()
    {
        var values = new long[6];

        Assert.Throws<ParquetFormatException>(() => DeltaBinaryPackedDecoder.Decode(EncodingVectors.DeltaExample2, values));
    }

    [Fact]
    public void DeltaBinaryPacked_TruncatedMiniblock_ThrowsFormatException()
    {
        var values = new long[8];

        Assert.Throws<ParquetFormatException>(() => DeltaBinaryPackedDecoder.Decode(EncodingVectors.DeltaExample2.AsSpan(0, 11), values));
    }

    [Fact]
    public void DeltaBinaryPacked_BlockSizeNotMultipleOf128_ThrowsFormatException()
    {
        byte[] data = [0x40, 0x04, 0x01, 0x02];

        Assert.Throws<ParquetFormatException>(() => DeltaBinaryPackedDecoder.Decode(data, new long[1]));
    }

    [Fact]
    public void DeltaByteArray_PrefixLongerThanPreviousValue_ThrowsFormatException()
    {
        var data = (byte[])EncodingVectors.DeltaByteArrayExample.Clone();
        data[4] = 0x02; // first prefix length 1, but there is no previous value
        long[] scratch = [];
        ByteRange[] suffixes = [];
        byte[] output = [];

        Assert.Throws<ParquetFormatException>(() =>
            DeltaByteArrayDecoder.DecodeIncremental(data, new ByteRange[4], ref scratch, ref suffixes, ref output));
    }

    [Fact]
    public void LegacyBitPacked_SpecExample_ReturnsZeroToSeven()
    {
        // Encodings.md: 0..7 with bit width 3, most significant bit first: 00000101 00111001 01110111.
        var values = new int[8];

        var consumed = LegacyBitPackedDecoder.Decode([0x05, 0x39, 0x77], 3, values);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], values);
        Assert.Equal(3, consumed);
    }

    [Fact]
    public void ByteStreamSplit_TooFewBytes_ThrowsFormatException()
    {
        Assert.Throws<ParquetFormatException>(() => ByteStreamSplitDecoder.Decode(new byte[7], 4, 2, new byte[8]));
    }
}
