namespace Attendance.App.Audit;

/// <summary>An entry as stored; <paramref name="Id"/> grows with every append, so it orders the log.</summary>
internal sealed record AuditRecord(long Id, AuditEntry Entry);
