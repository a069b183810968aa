namespace Attendance.Data.Validation;

/// <summary>
/// Recognises Danish civil registration (CPR) numbers inside text: a token of ten digits, or six digits, a
/// dash and four digits, whose first six digits form a valid day and month (DDMMYY; the century digit rule is
/// not applied, 29 February is always accepted). A token is bounded by the ends of the text or by characters
/// that are neither letters nor digits, so opaque ids such as <c>P000123</c>, <c>P0101901234</c> or UUIDs pass.
/// </summary>
/// <remarks>Allocation-free and linear: one pass over the characters, no regular expression.</remarks>
public static class CprGuard
{
    private const int DigitsInCpr = 10;

    /// <summary>True when <paramref name="text"/> contains a CPR-shaped token.</summary>
    public static bool ContainsCpr(ReadOnlySpan<char> text)
    {
        // Cheapest check first: nothing shorter than ten characters can hold a CPR number.
        if (text.Length < DigitsInCpr)
        {
            return false;
        }
        var i = 0;
        while (i < text.Length)
        {
            // Vectorised skips: to the next digit, then to the end of its run.
            var next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return false;
            }
            var start = i + next;
            var runLength = text[start..].IndexOfAnyExceptInRange('0', '9');
            i = runLength < 0 ? text.Length : start + runLength;
            runLength = i - start;
            if (!IsBoundary(text, start - 1))
            {
                continue;
            }
            if (runLength == DigitsInCpr && IsBoundary(text, i) && IsValidDayMonth(text.Slice(start, 4)))
            {
                return true;
            }
            if (runLength == 6 && IsDashedTail(text, i) && IsValidDayMonth(text.Slice(start, 4)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when an integer, written with ten digits (zero-padded: a CPR stored as a number loses its leading
    /// zero), has a valid day and month in front: 100,000,000 ≤ value &lt; 10,000,000,000.
    /// </summary>
    public static bool IsCprNumber(long value)
    {
        if (value is < 100_000_000 or >= 10_000_000_000)
        {
            return false;
        }
        var ddmm = (int)(value / 1_000_000);
        Span<char> digits = ['0', '0', '0', '0'];
        digits[0] = (char)('0' + (ddmm / 1000));
        digits[1] = (char)('0' + (ddmm / 100 % 10));
        digits[2] = (char)('0' + (ddmm / 10 % 10));
        digits[3] = (char)('0' + (ddmm % 10));
        return IsValidDayMonth(digits);
    }

    /// <summary>After six digits at <paramref name="dash"/>: a dash, exactly four digits, then a boundary.</summary>
    private static bool IsDashedTail(ReadOnlySpan<char> text, int dash)
    {
        if (dash + 5 > text.Length || text[dash] != '-')
        {
            return false;
        }
        for (var k = dash + 1; k <= dash + 4; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }
        return IsBoundary(text, dash + 5);
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static bool IsValidDayMonth(ReadOnlySpan<char> ddmm)
    {
        var day = ((ddmm[0] - '0') * 10) + (ddmm[1] - '0');
        var month = ((ddmm[2] - '0') * 10) + (ddmm[3] - '0');
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }
        var maxDay = month switch
        {
            2 => 29,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
        return day <= maxDay;
    }
}
