namespace Attendance.App.Audit;

/// <summary>The actions the audit log records (filterable on the audit page).</summary>
internal static class AuditActions
{
    public const string UserAdded = "user.add";
    public const string UserPasswordSet = "user.set_password";
    public const string UserDisabled = "user.disable";
    public const string UserEnabled = "user.enable";
    public const string UserLockedOut = "user.lockout";
}
