using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Attendance.Parquet.Codecs;

/// <summary>
/// Encoder of the raw snappy block format: greedy matching of 4-byte sequences through a hash
/// table, per 64 KiB fragment so that every offset fits in two bytes. Writes into a caller-owned
/// buffer, where IronSnappy's encoder allocates a new array per page (see SnappyEncodeBenchmarks).
/// </summary>
internal static class SnappyEncoder
{
    private const int FragmentSize = 1 << 16;
    private const int HashBits = 14;

    // Matching stops this far before the end so that 4-byte loads never leave the fragment.
    private const int InputMargin = 15;

    public static int MaxCompressedLength(int length) => 32 + length + (length / 6);

    /// <summary>Compresses src into dst (at least MaxCompressedLength bytes); returns the bytes written.</summary>
    public static int Compress(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        var d = WriteVarint(dst, (uint)src.Length);
        Span<ushort> table = stackalloc ushort[1 << HashBits];
        for (var start = 0; start < src.Length; start += FragmentSize)
        {
            d = CompressFragment(src.Slice(start, Math.Min(FragmentSize, src.Length - start)), dst, d, table);
        }

        return d;
    }

    private static int CompressFragment(ReadOnlySpan<byte> block, Span<byte> dst, int d, Span<ushort> table)
    {
        var limit = block.Length - InputMargin;
        var nextEmit = 0;
        if (limit > 1)
        {
            table.Clear();
            var s = 1;
            var nextHash = Hash(block, s);
            while (true)
            {
                // Look for a 4-byte match, stepping faster the longer nothing matches.
                var skip = 32;
                var next = s;
                int candidate;
                do
                {
                    s = next;
                    var hash = nextHash;
                    next = s + (skip++ >> 5);
                    if (next > limit)
                    {
                        goto Remainder;
                    }

                    ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetReference(table), hash);
                    candidate = slot;
                    slot = (ushort)s;
                    nextHash = Hash(block, next);
                }
                while (Load32(block, s) != Load32(block, candidate));

                d = EmitLiteral(block[nextEmit..s], dst, d);
                do
                {
                    var matchStart = s;
                    var length = 4 + MatchLength(block, candidate + 4, s + 4);
                    s += length;
                    d = EmitCopy(dst, d, matchStart - candidate, length);
                    nextEmit = s;
                    if (s >= limit)
                    {
                        goto Remainder;
                    }

                    Unsafe.Add(ref MemoryMarshal.GetReference(table), Hash(block, s - 1)) = (ushort)(s - 1);
                    ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetReference(table), Hash(block, s));
                    candidate = slot;
                    slot = (ushort)s;
                }
                while (Load32(block, s) == Load32(block, candidate));

                nextHash = Hash(block, ++s);
            }
        }

    Remainder:
        return nextEmit < block.Length ? EmitLiteral(block[nextEmit..], dst, d) : d;
    }

    private static int MatchLength(ReadOnlySpan<byte> block, int a, int b)
    {
        var length = 0;
        while (b + length + 8 <= block.Length)
        {
            var x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(block), a + length));
            var y = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(block), b + length));
            if (x != y)
            {
                return length + (System.Numerics.BitOperations.TrailingZeroCount(x ^ y) >> 3);
            }

            length += 8;
        }

        while (b + length < block.Length && block[a + length] == block[b + length])
        {
            length++;
        }

        return length;
    }

    private static int EmitLiteral(ReadOnlySpan<byte> literal, Span<byte> dst, int d)
    {
        var n = literal.Length - 1;
        if (n < 60)
        {
            dst[d++] = (byte)(n << 2);
        }
        else if (n < 256)
        {
            dst[d++] = 60 << 2;
            dst[d++] = (byte)n;
        }
        else
        {
            // Fragments are at most 64 KiB, so two length bytes always suffice.
            dst[d++] = 61 << 2;
            dst[d++] = (byte)n;
            dst[d++] = (byte)(n >> 8);
        }

        literal.CopyTo(dst[d..]);
        return d + literal.Length;
    }

    private static int EmitCopy(Span<byte> dst, int d, int offset, int length)
    {
        // Copies hold at most 64 bytes; keep at least 4 for the last one.
        while (length >= 68)
        {
            d = EmitCopyTwoByteOffset(dst, d, offset, 64);
            length -= 64;
        }

        if (length > 64)
        {
            d = EmitCopyTwoByteOffset(dst, d, offset, 60);
            length -= 60;
        }

        if (length < 12 && offset < 2048)
        {
            dst[d++] = (byte)(1 | ((length - 4) << 2) | ((offset >> 8) << 5));
            dst[d++] = (byte)offset;
            return d;
        }

        return EmitCopyTwoByteOffset(dst, d, offset, length);
    }

    private static int EmitCopyTwoByteOffset(Span<byte> dst, int d, int offset, int length)
    {
        dst[d++] = (byte)(2 | ((length - 1) << 2));
        dst[d++] = (byte)offset;
        dst[d++] = (byte)(offset >> 8);
        return d;
    }

    private static int WriteVarint(Span<byte> dst, uint value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            dst[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        dst[i++] = (byte)value;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Load32(ReadOnlySpan<byte> block, int at) =>
        Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(block), at));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> block, int at) => (int)((Load32(block, at) * 0x1E35A7BDu) >> (32 - HashBits));
}
