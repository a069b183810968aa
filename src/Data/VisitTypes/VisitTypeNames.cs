using System.Text;

namespace Attendance.Data.VisitTypes;

/// <summary>The normalisation rules for raw visit type names.</summary>
internal static class VisitTypeNames
{
    private const int MinMinutes = 5;
    private const int MaxMinutes = 600;

    /// <summary>
    /// Lower case (invariant), every character that is not a letter or digit becomes a space, runs of
    /// spaces collapse to one, no leading or trailing space: "  MR-Skanning,  med kontrast" → "mr skanning med kontrast".
    /// </summary>
    public static string Normalise(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Splits trailing minutes off a normalised name: "kontrol 75" → ("kontrol", 75), "kontrol 75 min" and
    /// "kontrol75" likewise. False when the name does not end in a plausible number of minutes (5–600).
    /// </summary>
    public static bool TrySplitMinutes(string normalised, out string stem, out int minutes)
    {
        stem = normalised;
        minutes = 0;
        var text = normalised.AsSpan();
        foreach (var unit in (ReadOnlySpan<string>)[" minutter", " min", "min", " m"])
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                text = text[..^unit.Length];
                break;
            }
        }
        var digitsStart = text.Length;
        while (digitsStart > 0 && char.IsAsciiDigit(text[digitsStart - 1]))
        {
            digitsStart--;
        }
        var digits = text[digitsStart..];
        if (digits.Length is 0 or > 3 || digitsStart == 0)
        {
            return false;
        }
        var value = int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (value is < MinMinutes or > MaxMinutes)
        {
            return false;
        }
        stem = text[..digitsStart].TrimEnd(' ').ToString();
        minutes = value;
        return stem.Length > 0;
    }
}
