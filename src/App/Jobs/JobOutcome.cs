namespace Attendance.App.Jobs;

/// <summary>What a successful run did: the rows it processed and one line for the Jobs page.</summary>
internal readonly record struct JobOutcome(long Rows, string Summary);
