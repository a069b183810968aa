using System.Runtime.InteropServices;
using Attendance.Parquet.Encodings;

namespace Attendance.Parquet.Reading;

/// <summary>Value decoding per encoding and physical type.</summary>
internal sealed partial class ColumnChunkDecoder<T>
{
    private void DecodePlain(ReadOnlySpan<byte> data, Span<T> dense)
    {
        switch (_column.PhysicalType)
        {
            case PhysicalType.Boolean:
                var bools = DecodeScratch.Get(ref _scratch.Bools, dense.Length);
                PlainDecoder.Booleans(data, bools);
                _converter.FromBoolean(bools, dense);
                break;
            case PhysicalType.Int32:
                PlainFixed(data, dense, ref _scratch.Ints);
                break;
            case PhysicalType.Int64:
                PlainFixed(data, dense, ref _scratch.Longs);
                break;
            case PhysicalType.Float:
                PlainFixed(data, dense, ref _scratch.Floats);
                break;
            case PhysicalType.Double:
                PlainFixed(data, dense, ref _scratch.Doubles);
                break;
            case PhysicalType.ByteArray:
                var ranges = DecodeScratch.Get(ref _scratch.Ranges, dense.Length);
                PlainDecoder.ByteArrays(data, ranges);
                _converter.FromBytes(data, ranges, dense);
                break;
            default:
                var fixedRanges = DecodeScratch.Get(ref _scratch.Ranges, dense.Length);
                PlainDecoder.FixedLength(data, FixedWidth(), fixedRanges);
                _converter.FromBytes(data, fixedRanges, dense);
                break;
        }
    }

    private void DecodeOther(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<T> dense)
    {
        var physical = _column.PhysicalType;
        switch (encoding)
        {
            case ParquetEncoding.Rle when physical == PhysicalType.Boolean:
                var runs = RleHybridDecoder.LengthPrefixed(data, out _);
                var bits = DecodeScratch.Get(ref _scratch.Ints, dense.Length);
                new RleHybridDecoder(runs, 1).Decode(bits);
                var bools = DecodeScratch.Get(ref _scratch.Bools, dense.Length);
                for (var i = 0; i < bits.Length; i++)
                {
                    bools[i] = bits[i] != 0;
                }

                _converter.FromBoolean(bools, dense);
                break;
            case ParquetEncoding.DeltaBinaryPacked when physical == PhysicalType.Int32:
                var longs = DecodeScratch.Get(ref _scratch.Longs, dense.Length);
                var ints = DecodeScratch.Get(ref _scratch.Ints, dense.Length);
                DeltaBinaryPackedDecoder.Decode(data, ints, longs);
                Deliver<int>(ints, dense);
                break;
            case ParquetEncoding.DeltaBinaryPacked when physical == PhysicalType.Int64:
                var values = DecodeScratch.Get(ref _scratch.Longs, dense.Length);
                DeltaBinaryPackedDecoder.Decode(data, values);
                Deliver<long>(values, dense);
                break;
            case ParquetEncoding.DeltaLengthByteArray when physical == PhysicalType.ByteArray:
                var ranges = DecodeScratch.Get(ref _scratch.Ranges, dense.Length);
                DeltaByteArrayDecoder.DecodeLengths(data, ranges, DecodeScratch.Get(ref _scratch.Longs, dense.Length));
                _converter.FromBytes(data, ranges, dense);
                break;
            case ParquetEncoding.DeltaByteArray when physical is PhysicalType.ByteArray or PhysicalType.FixedLenByteArray:
                var rebuilt = DecodeScratch.Get(ref _scratch.Ranges, dense.Length);
                DeltaByteArrayDecoder.DecodeIncremental(data, rebuilt, ref _scratch.Longs, ref _scratch.MoreRanges, ref _scratch.Expanded);
                _converter.FromBytes(_scratch.Expanded, rebuilt, dense);
                break;
            case ParquetEncoding.ByteStreamSplit when physical is PhysicalType.Int32 or PhysicalType.Float:
                SplitFixed(data, dense, 4);
                break;
            case ParquetEncoding.ByteStreamSplit when physical is PhysicalType.Int64 or PhysicalType.Double:
                SplitFixed(data, dense, 8);
                break;
            case ParquetEncoding.ByteStreamSplit when physical == PhysicalType.FixedLenByteArray:
                var width = FixedWidth();
                RequireBytes(data, width, dense.Length);
                var joined = DecodeScratch.Get(ref _scratch.Expanded, width * dense.Length);
                ByteStreamSplitDecoder.Decode(data, width, dense.Length, joined);
                var fixedRanges = DecodeScratch.Get(ref _scratch.Ranges, dense.Length);
                PlainDecoder.FixedLength(joined, width, fixedRanges);
                _converter.FromBytes(joined, fixedRanges, dense);
                break;
            case ParquetEncoding.Rle or ParquetEncoding.DeltaBinaryPacked or ParquetEncoding.DeltaLengthByteArray
                or ParquetEncoding.DeltaByteArray or ParquetEncoding.ByteStreamSplit or ParquetEncoding.BitPacked:
                throw new ParquetFormatException($"encoding {encoding} is not valid for {physical} values");
            default:
                throw new NotSupportedException($"not supported: encoding {encoding} in column '{_column.Name}'");
        }
    }

    /// <summary>Checks a fixed-width section's size before a buffer of that size is allocated.</summary>
    private static void RequireBytes(ReadOnlySpan<byte> data, int width, int count)
    {
        if ((long)width * count > data.Length)
        {
            throw new ParquetFormatException($"{count} values of {width} bytes need more than the page's {data.Length} bytes");
        }
    }

    private int FixedWidth()
    {
        if (_column.PhysicalType == PhysicalType.Int96)
        {
            return 12;
        }

        if (_column.TypeLength <= 0)
        {
            throw new ParquetFormatException($"FIXED_LEN_BYTE_ARRAY with type length {_column.TypeLength}");
        }

        return _column.TypeLength;
    }

    /// <summary>PLAIN fixed-width numbers: straight into the caller's array when no conversion is needed.</summary>
    private void PlainFixed<TPhysical>(ReadOnlySpan<byte> data, Span<T> dense, ref TPhysical[] scratch)
        where TPhysical : unmanaged
    {
        if (_converter.IsIdentity)
        {
            PlainDecoder.Fixed(data, Reinterpret<T, TPhysical>(dense));
            return;
        }

        var values = DecodeScratch.Get(ref scratch, dense.Length);
        PlainDecoder.Fixed(data, values);
        Deliver<TPhysical>(values, dense);
    }

    private void SplitFixed(ReadOnlySpan<byte> data, Span<T> dense, int width)
    {
        RequireBytes(data, width, dense.Length);
        var joined = DecodeScratch.Get(ref _scratch.Expanded, width * dense.Length);
        ByteStreamSplitDecoder.Decode(data, width, dense.Length, joined);
        DecodePlain(joined, dense);
    }

    private void Deliver<TPhysical>(Span<TPhysical> values, Span<T> dense)
        where TPhysical : unmanaged
    {
        if (typeof(TPhysical) == typeof(int))
        {
            _converter.FromInt32(MemoryMarshal.Cast<TPhysical, int>(values), dense);
        }
        else if (typeof(TPhysical) == typeof(long))
        {
            _converter.FromInt64(MemoryMarshal.Cast<TPhysical, long>(values), dense);
        }
        else if (typeof(TPhysical) == typeof(float))
        {
            _converter.FromFloat(MemoryMarshal.Cast<TPhysical, float>(values), dense);
        }
        else
        {
            _converter.FromDouble(MemoryMarshal.Cast<TPhysical, double>(values), dense);
        }
    }
}
