namespace Attendance.Parquet.Encodings;

/// <summary>BYTE_STREAM_SPLIT: byte k of every value is stored in stream k; streams are concatenated.</summary>
internal static class ByteStreamSplitDecoder
{
    /// <summary>Reassembles count values of width bytes into dst (count * width bytes).</summary>
    public static void Decode(ReadOnlySpan<byte> src, int width, int count, Span<byte> dst)
    {
        var bytes = (long)width * count;
        if (bytes > src.Length)
        {
            throw new ParquetFormatException($"BYTE_STREAM_SPLIT: {count} values of {width} bytes need {bytes} bytes but the page holds {src.Length}");
        }

        for (var k = 0; k < width; k++)
        {
            var stream = src.Slice(k * count, count);
            for (var i = 0; i < count; i++)
            {
                dst[(i * width) + k] = stream[i];
            }
        }
    }
}
