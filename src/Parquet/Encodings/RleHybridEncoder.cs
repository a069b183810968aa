using System.Buffers;

namespace Attendance.Parquet.Encodings;

/// <summary>
/// Encoder of the RLE/bit-packed hybrid: repeats of 8 or more become RLE runs, everything else
/// goes into bit-packed runs whose length is a multiple of 8 (the last one padded with zeros).
/// </summary>
internal static class RleHybridEncoder
{
    private const int MinRepeat = 8;

    public static void Encode(ReadOnlySpan<int> values, int bitWidth, IBufferWriter<byte> output)
    {
        var i = 0;
        while (i < values.Length)
        {
            var repeat = RepeatLength(values, i);
            if (repeat >= MinRepeat)
            {
                WriteRle(output, repeat, values[i], bitWidth);
                i += repeat;
                continue;
            }

            // Literals until a long repeat starts, rounded up to whole groups of 8.
            var end = i;
            while (end < values.Length && RepeatLength(values, end) < MinRepeat)
            {
                end += Math.Max(1, RepeatLength(values, end));
            }

            var count = end - i;
            var padded = (count + 7) & ~7;
            var take = Math.Min(padded, values.Length - i);
            WriteBitPacked(output, values.Slice(i, take), padded / 8, bitWidth);
            i += take;
        }
    }

    public static int BitWidth(int maxValue) => maxValue == 0 ? 0 : 32 - int.LeadingZeroCount(maxValue);

    private static int RepeatLength(ReadOnlySpan<int> values, int start)
    {
        var v = values[start];
        var j = start + 1;
        while (j < values.Length && values[j] == v)
        {
            j++;
        }

        return j - start;
    }

    private static void WriteRle(IBufferWriter<byte> output, int count, int value, int bitWidth)
    {
        WriteVarint(output, (ulong)count << 1);
        var width = (bitWidth + 7) >> 3;
        var span = output.GetSpan(width);
        for (var b = 0; b < width; b++)
        {
            span[b] = (byte)(value >> (8 * b));
        }

        output.Advance(width);
    }

    private static void WriteBitPacked(IBufferWriter<byte> output, ReadOnlySpan<int> values, int groups, int bitWidth)
    {
        WriteVarint(output, ((ulong)groups << 1) | 1);
        var bytes = groups * bitWidth;
        var span = output.GetSpan(bytes)[..bytes];
        span.Clear();
        long bit = 0;
        foreach (var value in values)
        {
            var v = (ulong)(uint)value;
            for (var written = 0; written < bitWidth;)
            {
                var index = (int)(bit >> 3);
                var shift = (int)(bit & 7);
                var chunk = Math.Min(8 - shift, bitWidth - written);
                span[index] |= (byte)(((v >> written) & ((1UL << chunk) - 1)) << shift);
                written += chunk;
                bit += chunk;
            }
        }

        output.Advance(bytes);
    }

    private static void WriteVarint(IBufferWriter<byte> output, ulong value)
    {
        var span = output.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        output.Advance(i);
    }
}
