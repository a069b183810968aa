namespace Attendance.App.Users;

/// <summary>
/// A person who signs in, as stored in <c>users</c>. The user name is lower case (also what a single
/// sign-on proxy sends); the password hash is <see langword="null"/> for users who sign in only through
/// the proxy; the security stamp changes on password change and disabling, and sessions carrying an
/// old stamp end. The language (<c>en</c>, <c>da</c>) is the user's choice for the pages; null: the browser's.
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
    DateTimeOffset CreatedAt,
    string? Language = null)
{
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>What the audit log records of a user: never the password hash.</summary>
    public UserSnapshot Snapshot() => new(UserName, DisplayName, Roles, Disabled, PasswordHash is not null, LockedUntil);
}
