using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Tests.Encodings;

public sealed class BitUnpackerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(31)]
    [InlineData(32)]
    public void Unpack_EveryCountUpTo70_MatchesBitByBitReference(int width)
    {
        var random = new Random(width);
        for (var count = 0; count <= 70; count++)
        {
            var values = Enumerable.Range(0, count).Select(_ => (int)(random.NextInt64() & (width == 32 ? 0xFFFFFFFFL : (1L << width) - 1))).ToArray();
            var packed = Pack(values, width);
            var result = new int[count];

            BitUnpacker.Unpack(packed, width, result);

            Assert.Equal(values, result);
        }
    }

    [Theory]
    [InlineData(33)]
    [InlineData(57)]
    [InlineData(64)]
    public void Unpack_WideLongs_MatchesReference(int width)
    {
        var random = new Random(width);
        var values = Enumerable.Range(0, 40).Select(_ => random.NextInt64() & (width == 64 ? -1L : (1L << width) - 1)).ToArray();
        var packed = Pack(values.Select(v => (ulong)v).ToArray(), width);
        var result = new long[values.Length];

        BitUnpacker.Unpack(packed, width, result);

        Assert.Equal(values, result);
    }

    private static byte[] Pack(int[] values, int width) => Pack(values.Select(v => (ulong)(uint)v).ToArray(), width);

    private static byte[] Pack(ulong[] values, int width)
    {
        var bytes = new byte[BitUnpacker.ByteCount(values.Length, width)];
        for (var i = 0; i < values.Length; i++)
        {
            for (var b = 0; b < width; b++)
            {
                if (((values[i] >> b) & 1) != 0)
                {
                    var bit = (i * width) + b;
                    bytes[bit >> 3] |= (byte)(1 << (bit & 7));
                }
            }
        }

        return bytes;
    }
}
