namespace Attendance.App.Jobs.Scoring;

/// <summary>One partition of a day's scoring run, as <c>scoring_partitions</c> holds it.</summary>
/// <param name="Number">0, 1, 2 … within the run.</param>
/// <param name="RunId">The fan-out that created it; a newer fan-out of the day supersedes it.</param>
/// <param name="ModelDirectory">The champion the fan-out pinned, so every partition scores with the same model.</param>
/// <param name="Departments">Whole departments (null: bookings without one).</param>
/// <param name="Bookings">The bookings of those departments in the extract (past ones included).</param>
/// <param name="State"><c>pending</c>, <c>done</c> (staged scores written) or <c>merged</c> (the day's outputs hold them).</param>
internal sealed record ScoringPartition(int Number, string RunId, string ModelDirectory, IReadOnlyList<string?> Departments, long Bookings, string State)
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Merged = "merged";
}
