namespace Attendance.Scoring.Pipeline;

/// <summary>
/// Dense codes for the strings of a low-cardinality column (site, department): 0, 1, 2 … in first-seen
/// order, −1 for null. Dictionary-decoded columns repeat one string instance, so the last lookup is reused.
/// </summary>
internal sealed class CodeTable
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly List<string> names = [];
    private string? last;
    private int lastCode = -1;

    /// <summary>The names, code i at index i.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>The code of a value (added when new); −1 for null.</summary>
    public int Code(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (ReferenceEquals(value, last))
        {
            return lastCode;
        }

        if (!codes.TryGetValue(value, out var code))
        {
            code = names.Count;
            codes.Add(value, code);
            names.Add(value);
        }

        last = value;
        lastCode = code;
        return code;
    }

    /// <summary>The name of a code; null for −1.</summary>
    public string? NameOf(int code) => code < 0 ? null : names[code];
}
