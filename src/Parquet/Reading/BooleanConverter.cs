namespace Attendance.Parquet.Reading;

internal sealed class BooleanConverter : ValueConverter<bool>
{
    public override bool IsIdentity => true;

    public override void FromBoolean(ReadOnlySpan<bool> src, Span<bool> dst) => src.CopyTo(dst);
}
