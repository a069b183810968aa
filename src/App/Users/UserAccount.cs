namespace Attendance.App.Users;

/// <summary>
/// A person who signs in, as stored in <c>users</c>. The user name is lower case (also what a single
/// sign-on proxy sends); the password hash is <see langword="null"/> for users who sign in only through
/// the proxy; the security stamp changes on password change and disabling, and sessions carrying an
/// old stamp end.
/// </summary>
internal sealed record UserAccount(
    string UserName,
    string DisplayName,
    string? PasswordHash,
    IReadOnlyList<string> Roles,
    bool Disabled,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    string SecurityStamp,
    DateTimeOffset CreatedAt)
{
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>What the audit log records of a user: never the password hash.</summary>
    public UserSnapshot Snapshot() => new(UserName, DisplayName, Roles, Disabled, PasswordHash is not null, LockedUntil);
}
