namespace Attendance.Parquet.Reading;

internal sealed class Int32Converter : ValueConverter<int>
{
    public override bool IsIdentity => true;

    public override void FromInt32(ReadOnlySpan<int> src, Span<int> dst) => src.CopyTo(dst);
}
