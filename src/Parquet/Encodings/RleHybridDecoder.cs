using System.Buffers.Binary;

namespace Attendance.Parquet.Encodings;

/// <summary>
/// Decoder of the RLE/bit-packed hybrid (Encodings.md): a sequence of runs, each a varint header
/// whose low bit says bit-packed (groups of 8 values) or RLE (one value repeated).
/// </summary>
internal ref struct RleHybridDecoder
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _bitWidth;
    private int _position;

    public RleHybridDecoder(ReadOnlySpan<byte> data, int bitWidth)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new ParquetFormatException($"RLE bit width {bitWidth} is outside 0..32");
        }

        _data = data;
        _bitWidth = bitWidth;
    }

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => _position;

    /// <summary>Reads the 4-byte little-endian length prefix used by v1 levels and RLE booleans, and returns the data it covers.</summary>
    public static ReadOnlySpan<byte> LengthPrefixed(ReadOnlySpan<byte> data, out int consumed)
    {
        if (data.Length < 4)
        {
            throw new ParquetFormatException("RLE length prefix is truncated");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (length < 0 || length > data.Length - 4)
        {
            throw new ParquetFormatException($"RLE length {length} exceeds the {data.Length - 4} bytes left in the page");
        }

        consumed = 4 + length;
        return data.Slice(4, length);
    }

    /// <summary>Fills dst with exactly dst.Length values; fails if the data ends first.</summary>
    public void Decode(Span<int> dst)
    {
        var filled = 0;
        while (filled < dst.Length)
        {
            var header = ReadVarint();
            if ((header & 1) == 0)
            {
                var run = header >> 1;
                var take = (int)Math.Min(run, (ulong)(dst.Length - filled));
                var value = ReadRunValue();
                if (take == 0)
                {
                    // A zero-length run makes no progress; refusing it rules out endless loops.
                    throw new ParquetFormatException("RLE run of length zero");
                }

                dst.Slice(filled, take).Fill(value);
                filled += take;
            }
            else
            {
                var groups = header >> 1;
                if (groups == 0)
                {
                    throw new ParquetFormatException("bit-packed run of zero groups");
                }

                var left = _data.Length - _position;
                var runBytes = (ulong)groups * (ulong)_bitWidth;
                var take = (int)Math.Min(groups * 8, (ulong)(dst.Length - filled));
                var needed = BitUnpacker.ByteCount(take, _bitWidth);
                if (needed > left)
                {
                    throw new ParquetFormatException($"bit-packed run needs {needed} bytes but {left} are left");
                }

                BitUnpacker.Unpack(_data.Slice(_position, needed), _bitWidth, dst.Slice(filled, take));
                filled += take;

                // Writers may omit the padding of the last group; never step past the end.
                _position += (int)Math.Min(runBytes, (ulong)left);
            }
        }
    }

    /// <summary>
    /// Decodes definition levels straight into a null mask (level below max means null): RLE runs
    /// become fills, so the common all-present page costs a memset. Returns the number of nulls.
    /// </summary>
    public int DecodeNulls(Span<bool> nulls, int maxLevel)
    {
        Span<int> group = stackalloc int[64];
        var filled = 0;
        var nullCount = 0;
        while (filled < nulls.Length)
        {
            var header = ReadVarint();
            if ((header & 1) == 0)
            {
                var take = (int)Math.Min(header >> 1, (ulong)(nulls.Length - filled));
                var level = ReadRunValue();
                if (take == 0)
                {
                    throw new ParquetFormatException("RLE run of length zero");
                }

                CheckLevel(level, maxLevel);
                var isNull = level < maxLevel;
                nulls.Slice(filled, take).Fill(isNull);
                nullCount += isNull ? take : 0;
                filled += take;
                continue;
            }

            var groups = header >> 1;
            if (groups == 0)
            {
                throw new ParquetFormatException("bit-packed run of zero groups");
            }

            var left = _data.Length - _position;
            var runBytes = (ulong)groups * (ulong)_bitWidth;
            var runValues = (int)Math.Min(groups * 8, (ulong)(nulls.Length - filled));
            var needed = BitUnpacker.ByteCount(runValues, _bitWidth);
            if (needed > left)
            {
                throw new ParquetFormatException($"bit-packed run needs {needed} bytes but {left} are left");
            }

            // Unpack 64 values at a time; each 64-value slice starts on a byte boundary.
            var run = _data.Slice(_position, needed);
            for (var done = 0; done < runValues; done += group.Length)
            {
                var count = Math.Min(group.Length, runValues - done);
                var offset = done / 8 * _bitWidth;
                var levels = group[..count];
                BitUnpacker.Unpack(run[offset..], _bitWidth, levels);
                for (var i = 0; i < levels.Length; i++)
                {
                    var level = levels[i];
                    CheckLevel(level, maxLevel);
                    var isNull = level < maxLevel;
                    nulls[filled + done + i] = isNull;
                    nullCount += isNull ? 1 : 0;
                }
            }

            filled += runValues;
            _position += (int)Math.Min(runBytes, (ulong)left);
        }

        return nullCount;
    }

    private static void CheckLevel(int level, int maxLevel)
    {
        if ((uint)level > (uint)maxLevel)
        {
            throw new ParquetFormatException($"definition level {level} exceeds the maximum {maxLevel}");
        }
    }

    private int ReadRunValue()
    {
        var width = (_bitWidth + 7) >> 3;
        if (width > _data.Length - _position)
        {
            throw new ParquetFormatException("RLE run value is truncated");
        }

        var value = 0;
        for (var i = 0; i < width; i++)
        {
            value |= _data[_position + i] << (8 * i);
        }

        _position += width;
        return value;
    }

    private ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw new ParquetFormatException("RLE data ends before all values were read");
            }

            var b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new ParquetFormatException("RLE run header varint is too long");
    }
}
