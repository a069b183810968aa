namespace Attendance.Parquet.Reading;

internal sealed class SingleConverter : ValueConverter<float>
{
    public override bool IsIdentity => true;

    public override void FromFloat(ReadOnlySpan<float> src, Span<float> dst) => src.CopyTo(dst);
}
