using System.Data.Common;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Users;

/// <summary>Reads and writes <c>users</c>. Changes that must be audited take the caller's transaction.</summary>
internal sealed class UserStore(Store store)
{
    private const string SelectColumns =
        "SELECT user_name AS UserName, display_name AS DisplayName, password_hash AS PasswordHash, roles AS Roles, " +
        "CASE WHEN disabled THEN 1 ELSE 0 END AS Disabled, failed_logins AS FailedLogins, locked_until AS LockedUntil, " +
        "security_stamp AS SecurityStamp, created_at AS CreatedAt, language AS Language FROM users";

    public Store Store => store;

    /// <summary>User names are compared in lower case everywhere (sign-in form, proxy header, CLI).</summary>
    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToLowerInvariant();
    }

    public async Task<UserAccount?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, userName, cancellationToken);
    }

    /// <summary>Every user, by name.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(
            new CommandDefinition($"{SelectColumns} ORDER BY user_name", cancellationToken: cancellationToken));
        return rows.Select(row => row.ToAccount()).ToList();
    }

    /// <summary>Inside a write transaction, also locks the row (PostgreSQL) until the transaction ends.</summary>
    public async Task<UserAccount?> FindAsync(DbConnection connection, DbTransaction? transaction, string userName, CancellationToken cancellationToken)
    {
        var sql = $"{SelectColumns} WHERE user_name = @userName{(transaction is null ? "" : store.ForUpdate)}";
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(
            new CommandDefinition(sql, new { userName = Normalize(userName) }, transaction, cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public Task InsertAsync(DbConnection connection, DbTransaction transaction, UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        const string sql =
            "INSERT INTO users (user_name, display_name, password_hash, roles, disabled, failed_logins, locked_until, security_stamp, created_at) " +
            "VALUES (@UserName, @DisplayName, @PasswordHash, @Roles, @Disabled, @FailedLogins, @LockedUntil, @SecurityStamp, @CreatedAt)";
        return connection.ExecuteAsync(new CommandDefinition(sql, Parameters(user), transaction, cancellationToken: cancellationToken));
    }

    public Task UpdateAsync(DbConnection connection, DbTransaction? transaction, UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        const string sql =
            "UPDATE users SET display_name = @DisplayName, password_hash = @PasswordHash, roles = @Roles, disabled = @Disabled, " +
            "failed_logins = @FailedLogins, locked_until = @LockedUntil, security_stamp = @SecurityStamp WHERE user_name = @UserName";
        return connection.ExecuteAsync(new CommandDefinition(sql, Parameters(user), transaction, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Counts a failed sign-in in one statement (no lost updates between concurrent attempts); the
    /// attempt that reaches <paramref name="maxFailures"/> locks the account until <paramref name="lockUntil"/>
    /// and restarts the count.
    /// </summary>
    /// <returns><see langword="true"/> when this failure locked the account.</returns>
    public async Task<bool> RecordFailedLoginAsync(string userName, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        const string sql =
            "UPDATE users SET " +
            "locked_until = CASE WHEN failed_logins + 1 >= @maxFailures THEN @lockUntil ELSE locked_until END, " +
            "failed_logins = CASE WHEN failed_logins + 1 >= @maxFailures THEN 0 ELSE failed_logins + 1 END " +
            "WHERE user_name = @userName RETURNING failed_logins";
        await using var connection = await store.OpenAsync(cancellationToken);
        var countAfter = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(sql,
            new { userName = Normalize(userName), maxFailures, lockUntil = StoreTime.ToDb(store.Dialect, lockUntil) },
            cancellationToken: cancellationToken));
        return countAfter == 0;
    }

    /// <summary>After a successful sign-in: clears the failure count and stores a rehashed password if the hasher asked for one.</summary>
    public async Task RecordSuccessfulLoginAsync(string userName, string? newPasswordHash, CancellationToken cancellationToken)
    {
        const string sql =
            "UPDATE users SET failed_logins = 0, locked_until = NULL, password_hash = COALESCE(@newPasswordHash, password_hash) " +
            "WHERE user_name = @userName";
        await using var connection = await store.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql,
            new { userName = Normalize(userName), newPasswordHash }, cancellationToken: cancellationToken));
    }

    /// <summary>The user's page language; a preference, not a change of rights, so not audited.</summary>
    public async Task SetLanguageAsync(string userName, string? language, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE users SET language = @language WHERE user_name = @userName",
            new { userName = Normalize(userName), language }, cancellationToken: cancellationToken));
    }

    private object Parameters(UserAccount user) => new
    {
        user.UserName,
        user.DisplayName,
        user.PasswordHash,
        Roles = string.Join(',', user.Roles),
        user.Disabled,
        user.FailedLogins,
        LockedUntil = StoreTime.ToDb(store.Dialect, user.LockedUntil),
        user.SecurityStamp,
        CreatedAt = StoreTime.ToDb(store.Dialect, user.CreatedAt),
    };

    // Dapper's target: column types differ between the engines (integer vs boolean, text vs timestamptz).
    private sealed class UserRow
    {
        public string UserName { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string? PasswordHash { get; set; }
        public string Roles { get; set; } = "";
        public long Disabled { get; set; }
        public long FailedLogins { get; set; }
        public object? LockedUntil { get; set; }
        public string SecurityStamp { get; set; } = "";
        public object? CreatedAt { get; set; }
        public string? Language { get; set; }

        public UserAccount ToAccount() => new(
            UserName,
            DisplayName,
            PasswordHash,
            Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Disabled != 0,
            checked((int)FailedLogins),
            StoreTime.FromDb(LockedUntil),
            SecurityStamp,
            StoreTime.FromDb(CreatedAt) ?? DateTimeOffset.MinValue,
            Language);
    }
}
