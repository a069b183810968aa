using System.Buffers.Binary;
using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>DECIMAL from INT32, INT64 or big-endian two's complement bytes, with the column's scale.</summary>
internal sealed class DecimalConverter(int scale) : ValueConverter<decimal>
{
    public override void FromInt32(ReadOnlySpan<int> src, Span<decimal> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = Make(src[i]);
        }
    }

    public override void FromInt64(ReadOnlySpan<long> src, Span<decimal> dst)
    {
        for (var i = 0; i < src.Length; i++)
        {
            dst[i] = Make(src[i]);
        }
    }

    public override void FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<ByteRange> ranges, Span<decimal> dst)
    {
        Span<byte> padded = stackalloc byte[16];
        for (var i = 0; i < ranges.Length; i++)
        {
            var bytes = data.Slice(ranges[i].Start, ranges[i].Length);
            var sign = bytes.Length > 0 && (bytes[0] & 0x80) != 0 ? (byte)0xFF : (byte)0;
            if (bytes.Length > 16)
            {
                if (bytes[..^16].ContainsAnyExcept(sign))
                {
                    throw new ParquetFormatException($"DECIMAL value {i} does not fit in 128 bits");
                }

                bytes = bytes[^16..];
            }

            padded.Fill(sign);
            bytes.CopyTo(padded[(16 - bytes.Length)..]);
            dst[i] = Make(BinaryPrimitives.ReadInt128BigEndian(padded));
        }
    }

    private decimal Make(Int128 unscaled)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        if (magnitude >> 96 != 0 || scale is < 0 or > 28)
        {
            throw new ParquetFormatException($"DECIMAL value {unscaled} with scale {scale} does not fit in System.Decimal");
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }
}
