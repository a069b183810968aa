using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>
/// Buffers reused from chunk to chunk by one reader, so steady-state reading allocates nothing but
/// the caller's strings. They only grow.
/// </summary>
internal sealed class DecodeScratch
{
    public byte[] Chunk = [];
    public byte[] Page = [];
    public byte[] Expanded = [];
    public int[] Ints = [];
    public long[] Longs = [];
    public bool[] Bools = [];
    public float[] Floats = [];
    public double[] Doubles = [];
    public ByteRange[] Ranges = [];
    public ByteRange[] MoreRanges = [];
    public readonly List<PageInfo> Pages = [];

    public static Span<TItem> Get<TItem>(ref TItem[] buffer, int count)
    {
        if (buffer.Length < count)
        {
            buffer = new TItem[count];
        }

        return buffer.AsSpan(0, count);
    }
}
