namespace Attendance.Data.Generation;

/// <summary>A raw visit type a department uses, its family and duration, and its share of the department's visits.</summary>
internal sealed record VisitTypeSpec(string RawName, VisitFamily Family, int DurationMin, double Weight);
