using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Attendance.Parquet.Encodings;

/// <summary>
/// Unpacks little-endian, least-significant-bit-first packed integers (the RLE/bit-packed hybrid's
/// and DELTA_BINARY_PACKED's layout). Groups of 8 values start on a byte boundary, so the fast
/// path loads 64 bits per group (bit width up to 8) or per value and never reads past the input;
/// the last few values go through a zero-padded copy.
/// </summary>
internal static class BitUnpacker
{
    /// <summary>Bytes needed for <paramref name="count"/> values of <paramref name="bitWidth"/> bits.</summary>
    public static int ByteCount(int count, int bitWidth) => (int)(((long)count * bitWidth + 7) >> 3);

    /// <summary>Unpacks dst.Length values (bit width 0..32); src must hold at least ByteCount(dst.Length, bitWidth) bytes.</summary>
    public static void Unpack(ReadOnlySpan<byte> src, int bitWidth, Span<int> dst)
    {
        if (bitWidth == 0)
        {
            dst.Clear();
            return;
        }

        var n = dst.Length;
        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        ref var source = ref MemoryMarshal.GetReference(src);
        ref var target = ref MemoryMarshal.GetReference(dst);
        var i = 0;

        // Whole groups of 8 whose 64-bit loads stay inside src.
        if (bitWidth <= 8)
        {
            for (; i + 8 <= n && (i >> 3) * bitWidth + 8 <= src.Length; i += 8)
            {
                var word = Load(ref source, (i >> 3) * bitWidth);
                for (var j = 0; j < 8; j++)
                {
                    Unsafe.Add(ref target, i + j) = (int)((uint)(word >> (j * bitWidth)) & mask);
                }
            }
        }
        else
        {
            for (; i < n; i++)
            {
                var bit = (long)i * bitWidth;
                var offset = (int)(bit >> 3);
                if (offset + 8 > src.Length)
                {
                    break;
                }

                Unsafe.Add(ref target, i) = (int)((uint)(Load(ref source, offset) >> (int)(bit & 7)) & mask);
            }
        }

        if (i < n)
        {
            UnpackTail(src, bitWidth, dst, i);
        }
    }

    /// <summary>Unpacks dst.Length values of bit width 0..64 (DELTA_BINARY_PACKED miniblocks).</summary>
    public static void Unpack(ReadOnlySpan<byte> src, int bitWidth, Span<long> dst)
    {
        if (bitWidth == 0)
        {
            dst.Clear();
            return;
        }

        Span<byte> padded = stackalloc byte[17];
        var mask = bitWidth == 64 ? ulong.MaxValue : (1UL << bitWidth) - 1;
        for (var i = 0; i < dst.Length; i++)
        {
            var bit = (long)i * bitWidth;
            var offset = (int)(bit >> 3);
            var shift = (int)(bit & 7);
            padded.Clear();
            var available = Math.Min(16, src.Length - offset);
            src.Slice(offset, available).CopyTo(padded);
            var lo = Load(ref padded[0], 0) >> shift;
            if (shift + bitWidth > 64)
            {
                lo |= (ulong)padded[8] << (64 - shift);
            }

            dst[i] = (long)(lo & mask);
        }
    }

    private static void UnpackTail(ReadOnlySpan<byte> src, int bitWidth, Span<int> dst, int from)
    {
        Span<byte> padded = stackalloc byte[16];
        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        for (var i = from; i < dst.Length; i++)
        {
            var bit = (long)i * bitWidth;
            var offset = (int)(bit >> 3);
            padded.Clear();
            src.Slice(offset, Math.Min(8, src.Length - offset)).CopyTo(padded);
            dst[i] = (int)((uint)(Load(ref padded[0], 0) >> (int)(bit & 7)) & mask);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load(ref byte source, int offset) =>
        BitConverter.IsLittleEndian
            ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, offset))
            : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, offset)));
}
