namespace Attendance.Data.Io;

/// <summary>
/// What a <see cref="TableReader"/> reads: a projection of the contract's columns, and whether identifiers are
/// checked for repeats. The defaults read and check everything.
/// </summary>
public sealed record TableReadOptions
{
    /// <summary>Every column, every check.</summary>
    public static TableReadOptions All { get; } = new();

    /// <summary>
    /// The columns to read (contract columns and <c>x_*</c> names), or null for all of them. Every required
    /// column is still checked in each file's footer (present, of a fitting type) but only the listed ones are
    /// read and validated: the CPR guard, null and allowed-value checks cover exactly the columns read. The
    /// table's unique identifier is read as well while <see cref="CheckDuplicateIds"/> is on.
    /// </summary>
    public IReadOnlyCollection<string>? Columns { get; init; }

    /// <summary>
    /// Refuse an identifier that repeats an earlier row of the table (default on). Costs 8 bytes a row for the
    /// whole read (64-bit fingerprints, sorted once the table has been read; a repeated fingerprint is confirmed
    /// exactly by re-reading the column). The repeat is reported when the last batch has been read, naming the
    /// first row that repeats an earlier one.
    /// </summary>
    public bool CheckDuplicateIds { get; init; } = true;

    /// <summary>Test seam: replaces the identifier fingerprint (to force collisions).</summary>
    internal Func<string, ulong>? Fingerprint { get; init; }
}
