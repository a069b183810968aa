namespace Attendance.Data.Validation;

/// <summary>
/// What reading a table found that is allowed but worth knowing: rows read, files, rows whose start_at lies
/// before booked_at (real extracts have them), and ignored columns. Complete once the table has been read to the end.
/// </summary>
public sealed class ValidationReport
{
    private readonly List<string> _files = [];
    private readonly SortedSet<string> _ignored = new(StringComparer.Ordinal);

    public ValidationReport(string table) => Table = table;

    /// <summary>The contract table.</summary>
    public string Table { get; }

    /// <summary>Files read, in order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Rows read.</summary>
    public long Rows { get; internal set; }

    /// <summary>Rows whose start_at is before booked_at (not counted when a projected read leaves out either column).</summary>
    public long StartBeforeBooked { get; internal set; }

    /// <summary>Where the first such row is ("file, row n"), or null.</summary>
    public string? FirstStartBeforeBooked { get; internal set; }

    /// <summary>Identifiers whose 64-bit fingerprint repeated an earlier one's while the strings differed (not an error).</summary>
    internal long FingerprintCollisions { get; set; }

    /// <summary>Columns that are neither in the contract nor <c>x_*</c>, so were not read.</summary>
    public IReadOnlyCollection<string> IgnoredColumns => _ignored;

    internal void AddFile(string path, IEnumerable<string> ignoredColumns)
    {
        _files.Add(path);
        _ignored.UnionWith(ignoredColumns);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{Table}: {Rows} rows in {Files.Count} file(s)")
        + (StartBeforeBooked == 0 ? "" : FormattableString.Invariant($"; {StartBeforeBooked} with start_at before booked_at (first: {FirstStartBeforeBooked})"))
        + (IgnoredColumns.Count == 0 ? "" : $"; ignored columns: {string.Join(", ", IgnoredColumns)}");
}
