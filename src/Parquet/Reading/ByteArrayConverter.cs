using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY values copied into fresh arrays.</summary>
internal sealed class ByteArrayConverter : ValueConverter<byte[]>
{
    public override void FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<ByteRange> ranges, Span<byte[]> dst)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            var r = ranges[i];
            dst[i] = data.Slice(r.Start, r.Length).ToArray();
        }
    }
}
