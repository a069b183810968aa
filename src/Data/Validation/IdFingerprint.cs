using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Attendance.Data.Validation;

/// <summary>
/// A 64-bit fingerprint of an identifier (MurmurHash3-style mixing of its UTF-16 code units). Equal strings
/// give equal fingerprints; different strings collide with probability about 2⁻⁶⁴ per pair, so a caller that
/// must be exact confirms a repeat against the strings themselves. Not keyed: for detecting accidents, not attacks.
/// </summary>
internal static class IdFingerprint
{
    private const ulong C1 = 0x87c37b91114253d5;
    private const ulong C2 = 0x4cf5ad432745937f;

    public static ulong Of(string value)
    {
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        var h = 0x9E3779B97F4A7C15UL;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            h ^= Mix(BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]));
            h = (BitOperations.RotateLeft(h, 27) * 5) + 0x52dce729;
        }
        if (i < bytes.Length)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            bytes[i..].CopyTo(tail);
            h ^= Mix(BinaryPrimitives.ReadUInt64LittleEndian(tail));
        }
        // The length tells apart values that differ only by trailing zero code units (zero-padded tail).
        return Finish(h ^ (ulong)bytes.Length);
    }

    private static ulong Mix(ulong k) => BitOperations.RotateLeft(k * C1, 31) * C2;

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccd;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53;
        return h ^ (h >> 33);
    }
}
