namespace Attendance.App.Audit;

/// <summary>
/// One thing someone did: who, when, what to which subject, and the state before and after (JSON).
/// The actor is a user name for the web pages, <c>cli:OSUSER</c> for the command line, <c>system:…</c>
/// for the host itself; the action a dotted verb from <see cref="AuditActions"/>.
/// </summary>
internal sealed record AuditEntry(
    DateTimeOffset At,
    string Actor,
    string Action,
    string Subject,
    string? BeforeJson,
    string? AfterJson);
