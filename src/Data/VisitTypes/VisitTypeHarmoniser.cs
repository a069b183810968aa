using System.Collections.Concurrent;

namespace Attendance.Data.VisitTypes;

/// <summary>
/// Maps raw local visit type names to a harmonised family and default duration, from a table users edit
/// (data/visit-types.csv). Order of rules: the exact raw name; the normalised name (case, whitespace,
/// punctuation); the normalised name without trailing minutes ("Kontrol 75" → Kontrol, 75 min); the table's
/// keyword rules in file order; else <see cref="UnknownFamily"/>. Thread-safe.
/// </summary>
public sealed class VisitTypeHarmoniser
{
    /// <summary>Family given to names no rule maps.</summary>
    public const string UnknownFamily = "Ukendt";

    /// <summary>File name of the default table, copied next to the application.</summary>
    public const string DefaultFileName = "visit-types.csv";

    private readonly Dictionary<string, VisitTypeMatch> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VisitTypeRule> _normalised = new(StringComparer.Ordinal);
    private readonly List<VisitTypeRule> _keywords = [];
    private readonly ConcurrentDictionary<string, VisitTypeMatch> _fallbacks = new(StringComparer.Ordinal);

    private VisitTypeHarmoniser(string sourcePath, IReadOnlyList<VisitTypeRule> rules)
    {
        SourcePath = sourcePath;
        foreach (var rule in rules)
        {
            if (rule.IsKeyword)
            {
                _keywords.Add(rule);
                continue;
            }
            var key = VisitTypeNames.Normalise(rule.RawName);
            if (_normalised.TryGetValue(key, out var earlier))
            {
                throw new VisitTypeTableException(sourcePath, rule.Line,
                    $"'{rule.RawName}' is the same name as line {earlier.Line} after normalising case, spaces and punctuation");
            }
            _normalised.Add(key, rule);
            _exact.Add(rule.RawName, new VisitTypeMatch(rule.Family, rule.DurationMin, VisitTypeResolution.Exact));
        }
        Families = [.. rules.Select(r => r.Family).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        RawNames = [.. rules.Where(r => !r.IsKeyword).Select(r => r.RawName)];
    }

    /// <summary>The table the harmoniser was loaded from.</summary>
    public string SourcePath { get; }

    /// <summary>The harmonised families of the table (without <see cref="UnknownFamily"/>), sorted.</summary>
    public IReadOnlyList<string> Families { get; }

    /// <summary>The raw names of the table, in file order.</summary>
    public IReadOnlyList<string> RawNames { get; }

    /// <summary>Loads a table; with no path, the default table (see <see cref="FindDefaultPath"/>).</summary>
    /// <exception cref="VisitTypeTableException">The file is missing or malformed (names file and line).</exception>
    public static VisitTypeHarmoniser Load(string? path = null)
    {
        path ??= FindDefaultPath() ?? throw new VisitTypeTableException(DefaultFileName, 0,
            "the default visit-type table was found neither next to the application nor in a data/ folder above it");
        if (!File.Exists(path))
        {
            throw new VisitTypeTableException(path, 0, "file not found");
        }
        using var reader = new StreamReader(path);
        return Parse(path, reader);
    }

    /// <summary>Parses a table from text; <paramref name="sourcePath"/> is only used in messages.</summary>
    public static VisitTypeHarmoniser Parse(string sourcePath, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new VisitTypeHarmoniser(sourcePath, VisitTypeCsv.Parse(sourcePath, reader));
    }

    /// <summary>
    /// The default table: <c>visit-types.csv</c> in the application's base directory (the build copies it
    /// there), else <c>data/visit-types.csv</c> in the base directory, the current directory or any folder above them.
    /// </summary>
    public static string? FindDefaultPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, DefaultFileName);
        if (File.Exists(beside))
        {
            return beside;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", DefaultFileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The family and duration of a raw name. Names that are not exact matches are counted in
    /// <paramref name="report"/> (when given) with their resolution, so nothing is silently dropped.
    /// </summary>
    public VisitTypeMatch Map(string? rawName, VisitTypeReport? report = null)
    {
        rawName ??= "";
        if (_exact.TryGetValue(rawName, out var exact))
        {
            return exact;
        }
        // TryGetValue first: GetOrAdd with a method group allocates a delegate on every call.
        if (!_fallbacks.TryGetValue(rawName, out var match))
        {
            match = _fallbacks.GetOrAdd(rawName, Resolve(rawName));
        }
        report?.Add(rawName, match);
        return match;
    }

    /// <summary>
    /// Columnar form of <see cref="Map"/>: the family and default duration (0 when unknown) of each raw name.
    /// Repeated string instances (dictionary-decoded columns) are looked up once per run.
    /// </summary>
    public void MapColumn(ReadOnlySpan<string?> rawNames, Span<string> families, Span<int> durations, VisitTypeReport? report = null)
    {
        if (families.Length < rawNames.Length || durations.Length < rawNames.Length)
        {
            throw new ArgumentException("the output spans must be at least as long as the input");
        }
        string? previous = null;
        var match = default(VisitTypeMatch);
        for (var i = 0; i < rawNames.Length; i++)
        {
            var raw = rawNames[i];
            if (i == 0 || !ReferenceEquals(raw, previous))
            {
                match = Map(raw, null);
                previous = raw;
            }
            if (report is not null && match.Resolution != VisitTypeResolution.Exact)
            {
                report.Add(raw ?? "", match);
            }
            families[i] = match.Family;
            durations[i] = match.DurationMin ?? 0;
        }
    }

    private VisitTypeMatch Resolve(string rawName)
    {
        var normalised = VisitTypeNames.Normalise(rawName);
        if (_normalised.TryGetValue(normalised, out var rule))
        {
            return new VisitTypeMatch(rule.Family, rule.DurationMin, VisitTypeResolution.Normalised);
        }
        var hasMinutes = VisitTypeNames.TrySplitMinutes(normalised, out var stem, out var minutes);
        if (hasMinutes && _normalised.TryGetValue(stem, out rule))
        {
            return new VisitTypeMatch(rule.Family, minutes, VisitTypeResolution.TrailingMinutes);
        }
        foreach (var keyword in _keywords)
        {
            if (normalised.Contains(keyword.RawName, StringComparison.Ordinal))
            {
                return new VisitTypeMatch(keyword.Family, hasMinutes ? minutes : keyword.DurationMin, VisitTypeResolution.Keyword);
            }
        }
        return new VisitTypeMatch(UnknownFamily, hasMinutes ? minutes : null, VisitTypeResolution.Unmapped);
    }
}
