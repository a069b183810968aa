namespace Attendance.Parquet.Reading;

/// <summary>DOUBLE as is (identity) or FLOAT widened.</summary>
internal sealed class DoubleConverter(bool identity) : ValueConverter<double>
{
    public override bool IsIdentity => identity;

    public override void FromDouble(ReadOnlySpan<double> src, Span<double> dst) => src.CopyTo(dst);

    public override void FromFloat(ReadOnlySpan<float> src, Span<double> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = src[i];
        }
    }
}
