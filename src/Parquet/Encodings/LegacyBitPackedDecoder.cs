namespace Attendance.Parquet.Encodings;

/// <summary>The deprecated BIT_PACKED level encoding: values packed from the most significant bit, no header.</summary>
internal static class LegacyBitPackedDecoder
{
    /// <summary>Decodes dst.Length levels; returns the bytes consumed.</summary>
    public static int Decode(ReadOnlySpan<byte> src, int bitWidth, Span<int> dst)
    {
        var bytes = BitUnpacker.ByteCount(dst.Length, bitWidth);
        if (bytes > src.Length)
        {
            throw new ParquetFormatException($"BIT_PACKED levels need {bytes} bytes but the page holds {src.Length}");
        }

        long bit = 0;
        for (var i = 0; i < dst.Length; i++)
        {
            var value = 0;
            for (var b = 0; b < bitWidth; b++, bit++)
            {
                value = (value << 1) | ((src[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1);
            }

            dst[i] = value;
        }

        return bytes;
    }
}
