using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Attendance.Parquet.Codecs;

/// <summary>
/// Span-to-span decoder of the raw snappy block format (literals and back-references after a varint
/// length). IronSnappy's decoder allocates a new array per page and is the slowest step of a scan;
/// this one writes into a reused buffer. Every offset and length is checked against the input and
/// output bounds.
/// </summary>
internal static class SnappyDecoder
{
    /// <summary>Reads the uncompressed length from the block's preamble.</summary>
    public static int ReadLength(ReadOnlySpan<byte> src, out int preambleLength)
    {
        ulong value = 0;
        for (var i = 0; i < 5; i++)
        {
            if (i >= src.Length)
            {
                break;
            }

            var b = src[i];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                if (value > int.MaxValue)
                {
                    break;
                }

                preambleLength = i + 1;
                return (int)value;
            }
        }

        throw new ParquetFormatException("snappy: corrupt length preamble");
    }

    /// <summary>Decompresses a whole block into dst, which must be exactly the preamble's length.</summary>
    public static void Decompress(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        var length = ReadLength(src, out var s);
        if (length != dst.Length)
        {
            throw new ParquetFormatException($"snappy block holds {length} bytes but {dst.Length} were expected");
        }

        ref var input = ref MemoryMarshal.GetReference(src);
        ref var output = ref MemoryMarshal.GetReference(dst);
        var d = 0;
        while (s < src.Length)
        {
            int tag = Unsafe.Add(ref input, s++);
            int copyLength, offset;
            switch (tag & 3)
            {
                case 0:
                    var literal = tag >> 2;
                    if (literal < 16 && src.Length - s >= 16 && dst.Length - d >= 16)
                    {
                        // Short literal with room on both sides: copy 16 bytes, keep literal + 1.
                        Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, d), Unsafe.ReadUnaligned<Int128>(ref Unsafe.Add(ref input, s)));
                        s += literal + 1;
                        d += literal + 1;
                        continue;
                    }

                    if (literal >= 60)
                    {
                        var extra = literal - 59;
                        if (extra > src.Length - s)
                        {
                            throw Corrupt();
                        }

                        literal = 0;
                        for (var k = 0; k < extra; k++)
                        {
                            literal |= Unsafe.Add(ref input, s + k) << (8 * k);
                        }

                        s += extra;
                        if (literal < 0)
                        {
                            throw Corrupt();
                        }
                    }

                    literal++;
                    if (literal > src.Length - s || literal > dst.Length - d)
                    {
                        throw Corrupt();
                    }

                    Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref output, d), ref Unsafe.Add(ref input, s), (uint)literal);
                    s += literal;
                    d += literal;
                    continue;
                case 1:
                    if (s >= src.Length)
                    {
                        throw Corrupt();
                    }

                    copyLength = 4 + ((tag >> 2) & 7);
                    offset = ((tag >> 5) << 8) | Unsafe.Add(ref input, s++);
                    break;
                case 2:
                    if (src.Length - s < 2)
                    {
                        throw Corrupt();
                    }

                    copyLength = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadUInt16LittleEndian(src[s..]);
                    s += 2;
                    break;
                default:
                    if (src.Length - s < 4)
                    {
                        throw Corrupt();
                    }

                    copyLength = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadInt32LittleEndian(src[s..]);
                    s += 4;
                    break;
            }

            if (offset <= 0 || offset > d || copyLength > dst.Length - d)
            {
                throw Corrupt();
            }

            Copy(ref output, d, offset, copyLength, dst.Length);
            d += copyLength;
        }

        if (d != dst.Length)
        {
            throw new ParquetFormatException($"snappy block produced {d} bytes but declared {dst.Length}");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(ref byte output, int d, int offset, int length, int capacity)
    {
        ref var from = ref Unsafe.Add(ref output, d - offset);
        ref var to = ref Unsafe.Add(ref output, d);
        if (offset >= 8 && d + length + 8 <= capacity)
        {
            // Eight bytes at a time; with offset >= 8 each load reads bytes already written.
            for (var i = 0; i < length; i += 8)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, i), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, i)));
            }

            return;
        }

        for (var i = 0; i < length; i++)
        {
            Unsafe.Add(ref to, i) = Unsafe.Add(ref from, i);
        }
    }

    private static ParquetFormatException Corrupt() => new("snappy: corrupt block");
}
