namespace Attendance.Parquet.Encodings;

/// <summary>DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY (incremental / front coding).</summary>
internal static class DeltaByteArrayDecoder
{
    /// <summary>Limits what prefix sharing may expand to, so a lying prefix length cannot exhaust memory.</summary>
    private const long MaxExpandedBytes = 256L << 20;

    /// <summary>DELTA_LENGTH_BYTE_ARRAY: delta-packed lengths, then the bytes back to back. Ranges index src; returns bytes consumed.</summary>
    public static int DecodeLengths(ReadOnlySpan<byte> src, Span<ByteRange> dst, Span<long> scratch)
    {
        var lengths = scratch[..dst.Length];
        var position = DeltaBinaryPackedDecoder.Decode(src, lengths);
        for (var i = 0; i < dst.Length; i++)
        {
            var length = lengths[i];
            if (length < 0 || length > src.Length - position)
            {
                throw new ParquetFormatException($"DELTA_LENGTH_BYTE_ARRAY value {i}: length {length} exceeds the {src.Length - position} bytes left");
            }

            dst[i] = new ByteRange(position, (int)length);
            position += (int)length;
        }

        return position;
    }

    /// <summary>
    /// DELTA_BYTE_ARRAY: delta-packed prefix lengths, then suffixes as DELTA_LENGTH_BYTE_ARRAY.
    /// Values are rebuilt into <paramref name="output"/> (grown as needed); ranges index it.
    /// </summary>
    public static void DecodeIncremental(ReadOnlySpan<byte> src, Span<ByteRange> dst, ref long[] scratch, ref ByteRange[] suffixes, ref byte[] output)
    {
        var count = dst.Length;
        EnsureScratch(ref scratch, count);
        var prefixes = scratch.AsSpan(0, count);
        var position = DeltaBinaryPackedDecoder.Decode(src, prefixes);
        var prefixCopy = prefixes.ToArray();
        if (suffixes.Length < count)
        {
            suffixes = new ByteRange[count];
        }

        var suffixData = src[position..];
        DecodeLengths(suffixData, suffixes.AsSpan(0, count), scratch.AsSpan(0, count));

        long total = 0;
        var previousLength = 0L;
        for (var i = 0; i < count; i++)
        {
            var prefix = prefixCopy[i];
            if (prefix < 0 || prefix > previousLength)
            {
                throw new ParquetFormatException($"DELTA_BYTE_ARRAY value {i}: prefix length {prefix} exceeds the previous value's {previousLength} bytes");
            }

            previousLength = prefix + suffixes[i].Length;
            total += previousLength;
            if (total > MaxExpandedBytes)
            {
                throw new ParquetFormatException($"DELTA_BYTE_ARRAY page expands to more than {MaxExpandedBytes} bytes");
            }
        }

        if (output.Length < total)
        {
            output = new byte[total];
        }

        var at = 0;
        var previous = new ByteRange(0, 0);
        for (var i = 0; i < count; i++)
        {
            var prefix = (int)prefixCopy[i];
            output.AsSpan(previous.Start, prefix).CopyTo(output.AsSpan(at));
            var suffix = suffixes[i];
            suffixData.Slice(suffix.Start, suffix.Length).CopyTo(output.AsSpan(at + prefix));
            previous = new ByteRange(at, prefix + suffix.Length);
            dst[i] = previous;
            at += previous.Length;
        }
    }

    private static void EnsureScratch(ref long[] scratch, int count)
    {
        if (scratch.Length < count)
        {
            scratch = new long[count];
        }
    }
}
