using Attendance.Parquet.Codecs;
using IronSnappy;

namespace Attendance.Parquet.Tests.Codecs;

public sealed class SnappyDecoderTests
{
    public static TheoryData<string> Inputs() => new() { "random", "repetitive", "short-period", "empty", "mixed" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decompress_IronSnappyOutput_ReturnsOriginal(string kind)
    {
        var original = Make(kind);
        var compressed = Snappy.Encode(original);
        var output = new byte[original.Length];

        SnappyDecoder.Decompress(compressed, output);

        Assert.Equal(original, output);
    }

    [Fact]
    public void Decompress_CopyOffsetBeforeStart_Throws()
    {
        // Length 8; copy with 1-byte offset 5 of length 4 when nothing was written yet.
        byte[] block = [8, 0b000_000_01, 5];

        Assert.Throws<ParquetFormatException>(() => SnappyDecoder.Decompress(block, new byte[8]));
    }

    [Fact]
    public void Decompress_LiteralPastInput_Throws()
    {
        // Length 10; literal of 10 bytes but only 2 follow.
        byte[] block = [10, 9 << 2, 1, 2];

        Assert.Throws<ParquetFormatException>(() => SnappyDecoder.Decompress(block, new byte[10]));
    }

    [Fact]
    public void Decompress_ShorterThanDeclared_Throws()
    {
        byte[] block = [4, 1 << 2, 7, 7];

        Assert.Throws<ParquetFormatException>(() => SnappyDecoder.Decompress(block, new byte[4]));
    }

    [Fact]
    public void Decompress_PreambleDisagreesWithExpectedSize_Throws()
    {
        var compressed = Snappy.Encode(new byte[100]);

        Assert.Throws<ParquetFormatException>(() => SnappyDecoder.Decompress(compressed, new byte[99]));
    }

    private static byte[] Make(string kind)
    {
        var random = new Random(42);
        switch (kind)
        {
            case "random":
                var bytes = new byte[100_000];
                random.NextBytes(bytes);
                return bytes;
            case "repetitive":
                return [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i / 1000))];
            case "short-period":
                return [.. Enumerable.Range(0, 50_003).Select(i => (byte)(i % 3))];
            case "empty":
                return [];
            default:
                return [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i % 1000 < 500 ? random.Next(4) : i % 251))];
        }
    }
}
