namespace Attendance.App.Risk;

/// <summary>What the audit log records of the risk list (subject: the appointment id; before/after: the booking's marks).</summary>
internal static class RiskAuditActions
{
    public const string Mark = "risk.mark";
    public const string Unmark = "risk.unmark";
}
