using System.Buffers.Binary;
using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>
/// INT64 values as is, timestamps and times rescaled to microseconds, INT32 widened (zero-extended
/// for UINT(32)), INT96 legacy timestamps converted to microseconds since the Unix epoch.
/// </summary>
internal sealed class Int64Converter : ValueConverter<long>
{
    private const long JulianDayOfUnixEpoch = 2_440_588;
    private const long MicrosPerDay = 86_400_000_000;

    private readonly long _multiplier;
    private readonly long _divisor;
    private readonly bool _unsigned;
    private readonly bool _identity;

    /// <param name="multiplier">Applied to each value (1000 for millisecond units).</param>
    /// <param name="divisor">Floor-divides each value (1000 for nanosecond units).</param>
    /// <param name="unsigned">Zero-extend INT32 (UINT32) or reject INT64 above long.MaxValue (UINT64).</param>
    /// <param name="physical">The column's physical type.</param>
    public Int64Converter(long multiplier, long divisor, bool unsigned, PhysicalType physical)
    {
        _multiplier = multiplier;
        _divisor = divisor;
        _unsigned = unsigned;
        _identity = physical == PhysicalType.Int64 && multiplier == 1 && divisor == 1 && !unsigned;
    }

    public override bool IsIdentity => _identity;

    public override void FromInt64(ReadOnlySpan<long> src, Span<long> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            if (_unsigned && src[i] < 0)
            {
                throw new ParquetFormatException($"UINT64 value {(ulong)src[i]} does not fit in a long");
            }

            dst[i] = Scale(src[i]);
        }
    }

    public override void FromInt32(ReadOnlySpan<int> src, Span<long> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = Scale(_unsigned ? (uint)src[i] : src[i]);
        }
    }

    public override void FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<ByteRange> ranges, Span<long> dst)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            var value = data.Slice(ranges[i].Start, 12);
            var nanosOfDay = BinaryPrimitives.ReadInt64LittleEndian(value);
            long julianDay = BinaryPrimitives.ReadInt32LittleEndian(value[8..]);

            // |julianDay| < 2^31 and MicrosPerDay < 2^37, so the product fits in a long; the sum is checked.
            var days = (julianDay - JulianDayOfUnixEpoch) * MicrosPerDay;
            var micros = FloorDiv(nanosOfDay, 1000);
            if ((micros > 0 && days > long.MaxValue - micros) || (micros < 0 && days < long.MinValue - micros))
            {
                throw OutOfRange();
            }

            dst[i] = days + micros;
        }
    }

    private long Scale(long value)
    {
        if (_divisor != 1)
        {
            return FloorDiv(value, _divisor);
        }

        if (_multiplier != 1 && (value > long.MaxValue / _multiplier || value < long.MinValue / _multiplier))
        {
            throw OutOfRange();
        }

        return value * _multiplier;
    }

    private static long FloorDiv(long value, long divisor)
    {
        var q = value / divisor;
        return (value % divisor != 0 && value < 0) ? q - 1 : q;
    }

    private static ParquetFormatException OutOfRange() =>
        new("timestamp is outside the range of microseconds since 1970 in a long");
}
