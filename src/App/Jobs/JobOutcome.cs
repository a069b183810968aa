namespace Attendance.App.Jobs;

/// <summary>What a successful run did: the rows it processed, one line for the Jobs page, and further figures for the history.</summary>
/// <param name="Rows">Rows processed (metric <c>rows</c>).</param>
/// <param name="Summary">One line for the Jobs page.</param>
/// <param name="Metrics">Further named figures recorded with the run (e.g. the AUCs a retrain compared), or <see langword="null"/>.</param>
internal readonly record struct JobOutcome(long Rows, string Summary, IReadOnlyDictionary<string, object>? Metrics = null);
