namespace Attendance.App.Users;

/// <summary>A user's state as the audit log shows it before and after a change (no secrets).</summary>
internal sealed record UserSnapshot(
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    bool HasPassword,
    DateTimeOffset? LockedUntil);
