namespace Attendance.Model.Features;

/// <summary>What a <see cref="FeatureBuilder"/> met on its input: counted, never fatal.</summary>
public sealed class FeatureBuildStats
{
    private readonly IReadOnlyList<string> names;
    private readonly long[] unseen;
    private readonly HashSet<string> missingColumns = new(StringComparer.Ordinal);

    internal FeatureBuildStats(IReadOnlyList<string> names)
    {
        this.names = names;
        unseen = new long[names.Count];
    }

    /// <summary>Rows whose appointment features were written.</summary>
    public long Rows { get; internal set; }

    /// <summary>Rows booked after their start (lead time left missing).</summary>
    public long BookedAfterStart { get; internal set; }

    /// <summary>Rows whose visit type no rule of the table maps (family "Ukendt").</summary>
    public long UnknownVisitTypes { get; internal set; }

    /// <summary>Values of categorical features that are not in the model's vocabulary (left missing), by feature.</summary>
    public IReadOnlyDictionary<string, long> UnseenCategories =>
        names.Select((n, i) => (n, unseen[i])).Where(p => p.Item2 > 0).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Model columns the input lacked (left missing).</summary>
    public IReadOnlyCollection<string> MissingColumns => missingColumns;

    internal ref long UnseenOf(int feature) => ref unseen[feature];

    internal void AddMissingColumn(string name) => missingColumns.Add(name);
}
