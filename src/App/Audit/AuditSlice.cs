namespace Attendance.App.Audit;

/// <summary>The entries of one <see cref="AuditQuery"/> page and whether older ones follow.</summary>
internal sealed record AuditSlice(IReadOnlyList<AuditRecord> Records, bool HasMore);
