using Attendance.App.Audit;
using Attendance.App.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Attendance.App.Security;

/// <summary>
/// Checks a user name and password: disabled users are refused; a locked account refuses even the
/// right password until the lockout ends; <see cref="AuthOptions.MaxFailedLogins"/> failures in a row
/// lock it for <see cref="AuthOptions.LockoutPeriod"/> (audited). Passwords are never logged.
/// </summary>
internal sealed partial class PasswordSignIn(
    UserStore users,
    AuditLog audit,
    IPasswordHasher<UserAccount> hasher,
    IOptions<AuthOptions> options,
    TimeProvider time,
    ILogger<PasswordSignIn> logger)
{
    // Verified against when the user does not exist, so that unknown names take as long as known ones.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(null!, "not a password of anyone"));

    public async Task<(SignInOutcome Outcome, UserAccount? User)> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        var user = await users.FindAsync(userName, cancellationToken);
        var now = time.GetUtcNow();
        var refusal = user switch
        {
            null or { PasswordHash: null } => SignInOutcome.Failed,
            { Disabled: true } => SignInOutcome.Disabled,
            _ when user.IsLockedAt(now) => SignInOutcome.LockedOut,
            _ => (SignInOutcome?)null,
        };
        if (refusal is not null || user?.PasswordHash is not { } passwordHash)
        {
            var outcome = refusal ?? SignInOutcome.Failed;
            // Same work as a real check, so that refusals do not tell which names exist or are locked.
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            // Not the typed name for unknown users: people type passwords into the name field.
            LogRefused(logger, user?.UserName ?? "(unknown)", outcome.ToString());
            return (outcome, null);
        }

        var verification = hasher.VerifyHashedPassword(user, passwordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            var settings = options.Value;
            var lockedUntil = now + settings.LockoutPeriod;
            if (await users.RecordFailedLoginAsync(user.UserName, settings.MaxFailedLogins, lockedUntil, cancellationToken))
            {
                await audit.AppendAsync(new AuditEntry(now, "system:sign-in", AuditActions.UserLockedOut, $"user {user.UserName}",
                    AuditLog.ToJson(user.Snapshot()), AuditLog.ToJson((user with { LockedUntil = lockedUntil }).Snapshot())), cancellationToken);
                LogRefused(logger, user.UserName, "wrong password; now locked out");
                return (SignInOutcome.LockedOut, null);
            }
            LogRefused(logger, user.UserName, "wrong password");
            return (SignInOutcome.Failed, null);
        }

        var rehash = verification == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : null;
        if (user.FailedLogins > 0 || user.LockedUntil is not null || rehash is not null)
        {
            await users.RecordSuccessfulLoginAsync(user.UserName, rehash, cancellationToken);
        }
        LogSignedIn(logger, user.UserName);
        return (SignInOutcome.Succeeded, user);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {UserName}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string userName, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserName} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userName);
}
