using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>
/// Turns decoded physical values (a page's worth at a time) into the caller's type. One virtual call
/// per page, never per value. <see cref="IsIdentity"/> means T is the physical type unchanged, so the
/// decoder may write straight into the caller's array.
/// </summary>
internal abstract class ValueConverter<T>
{
    public virtual bool IsIdentity => false;

    public virtual void FromBoolean(ReadOnlySpan<bool> src, Span<T> dst) => throw Unexpected();

    public virtual void FromInt32(ReadOnlySpan<int> src, Span<T> dst) => throw Unexpected();

    public virtual void FromInt64(ReadOnlySpan<long> src, Span<T> dst) => throw Unexpected();

    public virtual void FromFloat(ReadOnlySpan<float> src, Span<T> dst) => throw Unexpected();

    public virtual void FromDouble(ReadOnlySpan<double> src, Span<T> dst) => throw Unexpected();

    /// <summary>BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY and INT96 values as ranges of data.</summary>
    public virtual void FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<ByteRange> ranges, Span<T> dst) => throw Unexpected();

    private InvalidOperationException Unexpected() => new InvalidOperationException($"{GetType().Name} got a physical type it was not built for");
}
