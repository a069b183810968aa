using Attendance.Parquet.Codecs;
using FsCheck;
using FsCheck.Fluent;
using IronSnappy;

namespace Attendance.Parquet.Tests.Codecs;

public sealed class SnappyEncoderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(1_000_003)]
    public void Compress_PatternedData_DecodesWithIronSnappyAndOurDecoder(int length)
    {
        var random = new Random(length);
        var original = Enumerable.Range(0, length).Select(i => (byte)(i % 1000 < 600 ? i / 7 % 11 : random.Next(256))).ToArray();

        var compressed = Compress(original);

        Assert.Equal(original, Snappy.Decode(compressed));
        var ours = new byte[length];
        SnappyDecoder.Decompress(compressed, ours);
        Assert.Equal(original, ours);
    }

    [Fact]
    public void Compress_LongRuns_ShrinksWell()
    {
        var original = new byte[1 << 20];

        var compressed = Compress(original);

        Assert.True(compressed.Length < original.Length / 20, $"1 MiB of zeros took {compressed.Length} bytes");
        Assert.Equal(original, Snappy.Decode(compressed));
    }

    [Fact]
    public void Compress_AnyBytes_RoundTripsThroughIronSnappy()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<byte[]>(),
            Gen.Choose(1, 300).ToArbitrary(),
            (chunk, repeats) =>
            {
                // Repeating a random chunk gives matches at every offset width.
                var original = Enumerable.Repeat(chunk, repeats).SelectMany(c => c).ToArray();
                return Snappy.Decode(Compress(original)).AsSpan().SequenceEqual(original);
            }).QuickCheckThrowOnFailure();
    }

    private static byte[] Compress(byte[] original)
    {
        var output = new byte[SnappyEncoder.MaxCompressedLength(original.Length)];
        var written = SnappyEncoder.Compress(original, output);
        return output.AsSpan(0, written).ToArray();
    }
}
