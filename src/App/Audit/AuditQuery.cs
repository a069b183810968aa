namespace Attendance.App.Audit;

/// <summary>One page (1-based) of the audit log, newest first, optionally only one actor's or one action's entries.</summary>
internal sealed record AuditQuery(string? Actor, string? Action, int Page, int PageSize = 50);
