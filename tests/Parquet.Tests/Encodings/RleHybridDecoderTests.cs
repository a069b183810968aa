using System.Buffers;
using Attendance.Parquet.Encodings;
using FsCheck;
using FsCheck.Fluent;

namespace Attendance.Parquet.Tests.Encodings;

public sealed class RleHybridDecoderTests
{
    [Fact]
    public void Decode_SpecBitPackedExample_ReturnsZeroToSeven()
    {
        // Encodings.md: 0..7 with bit width 3 bit-packed is 10001000 11000110 11111010; header 1 group = 0x03.
        byte[] data = [0x03, 0x88, 0xC6, 0xFA];
        var values = new int[8];

        new RleHybridDecoder(data, 3).Decode(values);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], values);
    }

    [Fact]
    public void Decode_RleRunThenBitPacked_ConcatenatesRuns()
    {
        // Run of five 9s (width 4: one value byte), then one bit-packed group 1..8 is not used: only 2 values wanted.
        byte[] data = [5 << 1, 9, 0x03, 0x21, 0x43, 0x65, 0x87];
        var values = new int[7];

        new RleHybridDecoder(data, 4).Decode(values);

        Assert.Equal([9, 9, 9, 9, 9, 1, 2], values);
    }

    [Fact]
    public void Decode_DataEndsEarly_ThrowsFormatException()
    {
        byte[] data = [3 << 1, 1];
        var values = new int[4];

        Assert.Throws<ParquetFormatException>(() => new RleHybridDecoder(data, 1).Decode(values));
    }

    [Fact]
    public void Decode_ZeroLengthRun_ThrowsInsteadOfLooping()
    {
        byte[] data = [0, 1, 0, 1];
        var values = new int[2];

        var ex = Assert.Throws<ParquetFormatException>(() => new RleHybridDecoder(data, 1).Decode(values));
        Assert.Contains("length zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_BitPackedRunLongerThanData_ThrowsFormatException()
    {
        // Claims 2 groups of width 8 (16 bytes) but holds 3 bytes, and 16 values are wanted.
        byte[] data = [(2 << 1) | 1, 1, 2, 3];
        var values = new int[16];

        Assert.Throws<ParquetFormatException>(() => new RleHybridDecoder(data, 8).Decode(values));
    }

    [Fact]
    public void DecodeNulls_RunsAndBitPackedGroups_MarksLevelsBelowMaxAsNull()
    {
        var present = Enumerable.Range(0, 300).Select(i => i < 100 || (i % 3 != 0 && i < 250)).ToArray();
        var encoded = RawParquetFileLevels(present);
        var nulls = new bool[present.Length];

        var nullCount = new RleHybridDecoder(encoded, 1).DecodeNulls(nulls, 1);

        Assert.Equal(present.Select(p => !p), nulls);
        Assert.Equal(present.Count(p => !p), nullCount);
    }

    [Fact]
    public void DecodeNulls_LevelAboveMax_Throws()
    {
        byte[] data = [4 << 1, 2];

        Assert.Throws<ParquetFormatException>(() => new RleHybridDecoder(data, 2).DecodeNulls(new bool[4], 1));
    }

    [Fact]
    public void EncodeThenDecode_AnyValuesAndWidth_RoundTrips()
    {
        Prop.ForAll(
            Gen.Choose(0, 32).ToArbitrary(),
            ArbMap.Default.ArbFor<int[]>(),
            (width, raw) =>
            {
                var mask = width == 32 ? -1 : (int)((1L << width) - 1);
                var values = raw.Select(v => v & mask).ToArray();
                var buffer = new ArrayBufferWriter<byte>();
                RleHybridEncoder.Encode(values, width, buffer);
                var decoded = new int[values.Length];
                new RleHybridDecoder(buffer.WrittenSpan, width).Decode(decoded);
                return decoded.SequenceEqual(values);
            }).QuickCheckThrowOnFailure();
    }

    private static byte[] RawParquetFileLevels(bool[] present) => Support.RawParquetFile.Levels(present);

    [Fact]
    public void EncodeThenDecode_LongRunsAndLiterals_RoundTrips()
    {
        var values = Enumerable.Range(0, 5_000).Select(i => i < 1_000 ? 3 : i < 1_013 ? i % 4 : (i / 100) % 2).ToArray();
        var buffer = new ArrayBufferWriter<byte>();
        RleHybridEncoder.Encode(values, 2, buffer);
        var decoded = new int[values.Length];

        new RleHybridDecoder(buffer.WrittenSpan, 2).Decode(decoded);

        Assert.Equal(values, decoded);
        Assert.True(buffer.WrittenCount < 200, $"runs should compress well, got {buffer.WrittenCount} bytes");
    }
}
