using Attendance.Data.Contract;

namespace Attendance.Data.Io;

/// <summary>Converts a decoded chunk to the contract type; returns the index of the first value that does not fit, or -1.</summary>
internal delegate int Conversion<TIn, TOut>(ReadOnlySpan<TIn> source, Span<TOut> target, bool[]? nulls);

internal static class Conversions
{
    public static int LongToInt32(ReadOnlySpan<long> source, Span<int> target, bool[]? nulls)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var v = source[i];
            if (v is < int.MinValue or > int.MaxValue && (nulls is null || !nulls[i]))
            {
                return i;
            }
            target[i] = (int)v;
        }
        return -1;
    }

    public static int LongToDouble(ReadOnlySpan<long> source, Span<double> target, bool[]? nulls)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = source[i];
        }
        return -1;
    }

    public static int MicrosToDays(ReadOnlySpan<long> source, Span<int> target, bool[]? nulls)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = (int)Math.Floor(source[i] / (double)UtcMicros.PerDay);
        }
        return -1;
    }
}
