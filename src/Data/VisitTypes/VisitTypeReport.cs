namespace Attendance.Data.VisitTypes;

/// <summary>
/// Raw visit type names that were not in the table as written, with how often each was seen and how it was
/// resolved. Nothing is dropped: unmapped names are listed here with family <see cref="VisitTypeHarmoniser.UnknownFamily"/>.
/// Not thread-safe; use one report per reading thread and <see cref="Merge"/>.
/// </summary>
public sealed class VisitTypeReport
{
    private readonly Dictionary<string, (VisitTypeMatch Match, long Count)> _names = new(StringComparer.Ordinal);

    /// <summary>Names mapped by a fallback rule or not at all, most frequent first.</summary>
    public IReadOnlyList<VisitTypeReportEntry> Entries =>
        [.. _names.Select(p => new VisitTypeReportEntry(p.Key, p.Value.Match, p.Value.Count))
            .OrderByDescending(e => e.Count).ThenBy(e => e.RawName, StringComparer.Ordinal)];

    /// <summary>Names no rule mapped, most frequent first.</summary>
    public IReadOnlyList<VisitTypeReportEntry> Unmapped =>
        [.. Entries.Where(e => e.Match.Resolution == VisitTypeResolution.Unmapped)];

    /// <summary>Rows whose name was unmapped.</summary>
    public long UnmappedRows => _names.Values.Where(v => v.Match.Resolution == VisitTypeResolution.Unmapped).Sum(v => v.Count);

    /// <summary>Rows whose name was mapped by a fallback rule (normalised, trailing minutes, keyword).</summary>
    public long FallbackRows => _names.Values.Where(v => v.Match.Resolution is not VisitTypeResolution.Unmapped).Sum(v => v.Count);

    /// <summary>Counts one occurrence of a name that was not an exact match.</summary>
    public void Add(string rawName, VisitTypeMatch match, long count = 1)
    {
        ArgumentNullException.ThrowIfNull(rawName);
        _names[rawName] = _names.TryGetValue(rawName, out var seen) ? (match, seen.Count + count) : (match, count);
    }

    /// <summary>Adds another report's counts into this one.</summary>
    public void Merge(VisitTypeReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, (match, count)) in other._names)
        {
            Add(name, match, count);
        }
    }
}
