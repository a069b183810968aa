using System.Security.Cryptography;
using Attendance.App.Audit;
using Attendance.App.Cli;
using Attendance.App.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Attendance.App.Users;

/// <summary>
/// Adds users, sets passwords, disables users — from the command line today, from admin pages later.
/// Every change and its audit row (who, when, before/after, never the hash) commit in one transaction.
/// </summary>
internal sealed class UserAdministration(
    UserStore users,
    AuditLog audit,
    IPasswordHasher<UserAccount> hasher,
    IOptions<AuthOptions> options,
    TimeProvider time)
{
    private const int MaxNameLength = 64;
    private const int MaxDisplayNameLength = 200;

    /// <summary>Adds a user; a <see langword="null"/> password makes a user who signs in only through the single sign-on proxy.</summary>
    /// <exception cref="UserFacingException">A bad name, role or password, or the user exists.</exception>
    public async Task<UserAccount> AddAsync(
        string userName, string? displayName, IReadOnlyCollection<string> roles, string? password, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var name = CheckUserName(userName);
        var unknown = roles.Where(role => !Roles.IsKnown(role)).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            throw new UserFacingException(
                $"{(roles.Count == 0 ? "no role given" : $"unknown role '{unknown[0]}'")} (expected {string.Join(", ", Roles.All)})");
        }
        var display = CheckDisplayName(displayName ?? name);

        var user = new UserAccount(name, display, null, roles.Distinct(StringComparer.Ordinal).ToList(), Disabled: false,
            FailedLogins: 0, LockedUntil: null, NewStamp(), time.GetUtcNow());
        if (password is not null)
        {
            user = user with { PasswordHash = hasher.HashPassword(user, CheckPassword(user, password)) };
        }

        await using var connection = await users.Store.OpenAsync(cancellationToken);
        await using var transaction = await users.Store.BeginWriteAsync(connection, cancellationToken);
        if (await users.FindAsync(connection, transaction, name, cancellationToken) is not null)
        {
            throw new UserFacingException($"user '{name}' already exists");
        }
        await users.InsertAsync(connection, transaction, user, cancellationToken);
        await audit.AppendAsync(connection, transaction, Entry(actor, AuditActions.UserAdded, null, user), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Sets the password, lifts a lockout and ends the user's other sessions.</summary>
    public Task SetPasswordAsync(string userName, string password, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(userName, actor, AuditActions.UserPasswordSet, user =>
        {
            var changed = user with { FailedLogins = 0, LockedUntil = null, SecurityStamp = NewStamp() };
            return changed with { PasswordHash = hasher.HashPassword(changed, CheckPassword(user, password)) };
        }, cancellationToken);

    /// <summary>Refuses the user's sign-ins and ends their sessions; a no-op (not audited) when already disabled.</summary>
    /// <returns>Whether anything changed.</returns>
    public Task<bool> DisableAsync(string userName, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(userName, actor, AuditActions.UserDisabled,
            user => user.Disabled ? null : user with { Disabled = true, SecurityStamp = NewStamp() },
            cancellationToken);

    /// <summary>Lets a disabled user sign in again (with their old password, if any); a no-op when enabled.</summary>
    /// <returns>Whether anything changed.</returns>
    public Task<bool> EnableAsync(string userName, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(userName, actor, AuditActions.UserEnabled,
            user => user.Disabled ? user with { Disabled = false, FailedLogins = 0, LockedUntil = null } : null,
            cancellationToken);

    // change: the new state, or null for nothing to change.
    private async Task<bool> ChangeAsync(
        string userName, string actor, string action, Func<UserAccount, UserAccount?> change, CancellationToken cancellationToken)
    {
        await using var connection = await users.Store.OpenAsync(cancellationToken);
        await using var transaction = await users.Store.BeginWriteAsync(connection, cancellationToken);
        var before = await users.FindAsync(connection, transaction, userName, cancellationToken)
            ?? throw new UserFacingException($"no user '{UserStore.Normalize(userName)}'");
        if (change(before) is not { } after)
        {
            return false;
        }
        await users.UpdateAsync(connection, transaction, after, cancellationToken);
        await audit.AppendAsync(connection, transaction, Entry(actor, action, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private AuditEntry Entry(string actor, string action, UserAccount? before, UserAccount after) =>
        new(time.GetUtcNow(), actor, action, $"user {after.UserName}", AuditLog.ToJson(before?.Snapshot()), AuditLog.ToJson(after.Snapshot()));

    private static string CheckUserName(string userName)
    {
        var name = UserStore.Normalize(userName);
        if (name.Length is 0 or > MaxNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@' or '\\'))
        {
            throw new UserFacingException(
                $"user name '{userName}' must be 1 to {MaxNameLength} letters, digits or . _ - @ \\");
        }
        return name;
    }

    private static string CheckDisplayName(string displayName)
    {
        var trimmed = displayName.Trim();
        if (trimmed.Length is 0 or > MaxDisplayNameLength || trimmed.Any(char.IsControl))
        {
            throw new UserFacingException($"display name must be 1 to {MaxDisplayNameLength} characters without control characters");
        }
        return trimmed;
    }

    private string CheckPassword(UserAccount user, string password)
    {
        var minimum = options.Value.MinimumPasswordLength;
        if (password.Length < minimum)
        {
            throw new UserFacingException($"password too short: at least {minimum} characters (Auth:MinimumPasswordLength)");
        }
        if (password.Contains(user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new UserFacingException("password must not contain the user name");
        }
        return password;
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
