namespace Attendance.Parquet.Reading;

/// <summary>Unsigned integers (UINT(8/16/32/64)) exactly, including UINT(64) values above long.MaxValue.</summary>
internal sealed class UInt64Converter : ValueConverter<ulong>
{
    public override void FromInt64(ReadOnlySpan<long> src, Span<ulong> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = unchecked((ulong)src[i]);
        }
    }

    public override void FromInt32(ReadOnlySpan<int> src, Span<ulong> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = unchecked((uint)src[i]);
        }
    }
}
