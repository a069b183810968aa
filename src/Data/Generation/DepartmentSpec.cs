namespace Attendance.Data.Generation;

/// <summary>A clinic department: its no-show effect (logit), its visit types, and the sites that have it.</summary>
internal sealed record DepartmentSpec(string Name, double NoShowEffect, double Share, IReadOnlyList<VisitTypeSpec> VisitTypes, IReadOnlyList<int> Sites);
