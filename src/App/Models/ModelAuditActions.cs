namespace Attendance.App.Models;

/// <summary>What the audit log records of the Models page's actions (subject: the promoted version).</summary>
internal static class ModelAuditActions
{
    public const string Promote = "model.promote";
}
