namespace Attendance.Parquet.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED (Encodings.md): a header (block size, miniblocks per block, total count,
/// first value), then blocks of a min delta, one bit width per miniblock and the packed deltas.
/// Arithmetic wraps, as the format specifies.
/// </summary>
internal static class DeltaBinaryPackedDecoder
{
    /// <summary>Decodes exactly dst.Length values; returns the bytes consumed (up to the end of the last miniblock used).</summary>
    public static int Decode(ReadOnlySpan<byte> src, Span<long> dst)
    {
        var position = 0;
        var blockSize = ReadVarint(src, ref position);
        var miniblocks = ReadVarint(src, ref position);
        var total = ReadVarint(src, ref position);
        var first = ZigZag(ReadVarint(src, ref position));
        if (blockSize == 0 || blockSize % 128 != 0 || blockSize > 1 << 20 || miniblocks == 0 || blockSize % miniblocks != 0 || (blockSize / miniblocks) % 32 != 0)
        {
            throw new ParquetFormatException($"DELTA_BINARY_PACKED: invalid block size {blockSize} with {miniblocks} miniblocks");
        }

        if (total != (ulong)dst.Length)
        {
            throw new ParquetFormatException($"DELTA_BINARY_PACKED holds {total} values where {dst.Length} were expected");
        }

        if (dst.Length == 0)
        {
            return position;
        }

        var perMiniblock = (int)(blockSize / miniblocks);
        dst[0] = first;
        var last = first;
        var filled = 1;
        while (filled < dst.Length)
        {
            var minDelta = ZigZag(ReadVarint(src, ref position));
            if ((ulong)(src.Length - position) < miniblocks)
            {
                throw new ParquetFormatException("DELTA_BINARY_PACKED: bit widths run past the end");
            }

            var widths = src.Slice(position, (int)miniblocks);
            position += (int)miniblocks;
            for (var m = 0; m < widths.Length && filled < dst.Length; m++)
            {
                int width = widths[m];
                if (width > 64)
                {
                    throw new ParquetFormatException($"DELTA_BINARY_PACKED: bit width {width}");
                }

                var take = Math.Min(perMiniblock, dst.Length - filled);
                var needed = BitUnpacker.ByteCount(take, width);
                var left = src.Length - position;
                if (needed > left)
                {
                    throw new ParquetFormatException($"DELTA_BINARY_PACKED: miniblock needs {needed} bytes but {left} are left");
                }

                var slice = dst.Slice(filled, take);
                BitUnpacker.Unpack(src.Slice(position, needed), width, slice);
                for (var k = 0; k < slice.Length; k++)
                {
                    last = unchecked(last + minDelta + slice[k]);
                    slice[k] = last;
                }

                filled += take;

                // The last miniblock may be padded to full size or cut short after its values.
                position += Math.Min(BitUnpacker.ByteCount(perMiniblock, width), left);
            }
        }

        return position;
    }

    /// <summary>Decodes into INT32 values (the low 32 bits, which is what wrapping 32-bit arithmetic gives).</summary>
    public static int Decode(ReadOnlySpan<byte> src, Span<int> dst, Span<long> scratch)
    {
        var consumed = Decode(src, scratch[..dst.Length]);
        for (var i = 0; i < dst.Length; i++)
        {
            dst[i] = unchecked((int)scratch[i]);
        }

        return consumed;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> src, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= src.Length)
            {
                throw new ParquetFormatException("DELTA_BINARY_PACKED: data ends inside a varint");
            }

            var b = src[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new ParquetFormatException("DELTA_BINARY_PACKED: varint too long");
    }

    private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
}
