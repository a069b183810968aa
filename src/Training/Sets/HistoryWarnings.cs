namespace Attendance.Training.Sets;

/// <summary>Problems of the input history that were counted rather than fatal; shown in the report and on stderr.</summary>
public sealed class HistoryWarnings
{
    /// <summary>History rows read.</summary>
    public long RowsRead { get; internal set; }

    /// <summary>Rows whose appointment_id appeared before (the later ones are ignored).</summary>
    public long DuplicateIds { get; internal set; }

    /// <summary>Labelled rows booked after their start (lead time missing).</summary>
    public long BookedAfterStart { get; internal set; }

    /// <summary>Labelled rows whose visit type no rule maps.</summary>
    public long UnknownVisitTypes { get; internal set; }

    /// <summary>The most frequent unmapped visit type names.</summary>
    public IReadOnlyList<string> UnknownVisitTypeNames { get; internal set; } = [];

    /// <summary>Values of categoricals missing from the vocabulary (scoring/evaluation) or seen only after the training period.</summary>
    public IDictionary<string, long> UnseenCategories { get; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Feature columns that are entirely missing in the training rows.</summary>
    public IList<string> AllMissingColumns { get; } = [];

    /// <summary>Feature columns with a single value in the training rows.</summary>
    public IList<string> ConstantColumns { get; } = [];

    /// <summary>Optional contract or extra columns the input lacked.</summary>
    public IList<string> MissingColumns { get; } = [];

    /// <summary>One line per warning, for stderr and the report.</summary>
    public IEnumerable<string> Lines()
    {
        if (DuplicateIds > 0)
        {
            yield return $"{DuplicateIds} rows repeat an appointment_id seen before and were ignored";
        }

        if (BookedAfterStart > 0)
        {
            yield return $"{BookedAfterStart} labelled rows were booked after their start (lead time treated as missing)";
        }

        if (UnknownVisitTypes > 0)
        {
            yield return $"{UnknownVisitTypes} labelled rows have a visit type the table does not map (family Ukendt): {string.Join(", ", UnknownVisitTypeNames)}";
        }

        foreach (var (name, count) in UnseenCategories)
        {
            yield return $"{count} values of {name} are not in the model's vocabulary (treated as missing)";
        }

        if (AllMissingColumns.Count > 0)
        {
            yield return $"columns without any value in the training rows: {string.Join(", ", AllMissingColumns)}";
        }

        if (ConstantColumns.Count > 0)
        {
            yield return $"columns with a single value in the training rows (no information): {string.Join(", ", ConstantColumns)}";
        }

        if (MissingColumns.Count > 0)
        {
            yield return $"optional columns absent from the input: {string.Join(", ", MissingColumns)}";
        }
    }
}
