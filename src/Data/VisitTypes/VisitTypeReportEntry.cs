namespace Attendance.Data.VisitTypes;

/// <summary>One raw name of a <see cref="VisitTypeReport"/>.</summary>
public sealed record VisitTypeReportEntry(string RawName, VisitTypeMatch Match, long Count);
