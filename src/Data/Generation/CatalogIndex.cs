namespace Attendance.Data.Generation;

/// <summary>Precomputed pick tables over <see cref="RegionCatalog"/>, built once.</summary>
internal static class CatalogIndex
{
    public static readonly double[] DepartmentShares = [.. RegionCatalog.Departments.Select(d => d.Share)];

    /// <summary>Per department: first-visit types (an episode's opening visit) and their weights.</summary>
    public static readonly VisitTypeSpec[][] FirstTypes = [.. RegionCatalog.Departments.Select(d => FirstOrAll(d, first: true))];

    public static readonly double[][] FirstWeights = [.. FirstTypes.Select(t => t.Select(v => v.Weight).ToArray())];

    /// <summary>Per department: the follow-up types (everything else).</summary>
    public static readonly VisitTypeSpec[][] FollowUpTypes = [.. RegionCatalog.Departments.Select(d => FirstOrAll(d, first: false))];

    public static readonly double[][] FollowUpWeights = [.. FollowUpTypes.Select(t => t.Select(v => v.Weight).ToArray())];

    /// <summary>Per department: the most frequent Kontrol type (for self-book blocks), or null.</summary>
    public static readonly VisitTypeSpec?[] MainControl =
        [.. RegionCatalog.Departments.Select(d => d.VisitTypes.Where(v => v.Family == VisitFamily.Kontrol).MaxBy(v => v.Weight))];

    /// <summary>Median (days) and log-sd of the booking lead time per <see cref="VisitFamily"/>.</summary>
    public static readonly double[] LeadMedianDays = [35, 14, 14, 12, 10, 7, 21, 5, 25, 10];

    public static readonly double[] LeadLogSd = [0.7, 0.6, 0.8, 0.8, 0.7, 0.8, 0.7, 0.9, 0.6, 0.7];

    /// <summary>Median days between visits of an episode, per department.</summary>
    public static readonly double[] IntervalMedianDays =
        [.. RegionCatalog.Departments.Select(d => d.Name switch { "Onkologi" => 14.0, "Hæmatologi" => 30.0, "Øjenafdeling" => 35.0, _ => 56.0 })];

    /// <summary>
    /// Noisy spellings of each raw name as local extracts have them (case, punctuation, spacing) plus a few
    /// local names with other minutes: the harmoniser's fallback rules must catch them.
    /// </summary>
    public static readonly Dictionary<VisitTypeSpec, string[]> NoisyVariants =
        RegionCatalog.Departments.SelectMany(d => d.VisitTypes).Distinct().ToDictionary(t => t, Variants);

    /// <summary>The local name with other minutes used among the noisy variants.</summary>
    public const string OtherMinutesName = "Kontrol 75";

    private static string[] Variants(VisitTypeSpec type) =>
    [
        type.RawName.ToUpperInvariant(),
        type.RawName.ToLowerInvariant().Replace('-', ' '),
        "  " + type.RawName,
        type.Family == VisitFamily.Kontrol ? OtherMinutesName : type.RawName + ".",
    ];

    private static VisitTypeSpec[] FirstOrAll(DepartmentSpec department, bool first)
    {
        var chosen = department.VisitTypes.Where(v => (v.Family == VisitFamily.FoersteBesoeg) == first).ToArray();
        return chosen.Length > 0 ? chosen : [.. department.VisitTypes];
    }
}
