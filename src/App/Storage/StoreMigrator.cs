using Dapper;

namespace Attendance.App.Storage;

/// <summary>
/// Brings the store's schema up to this build's version at start-up. All pending migrations run in
/// one transaction, so a failure leaves the schema as it was. Cluster nodes starting together are
/// serialised (an advisory lock on PostgreSQL, an immediate write transaction on SQLite), so each
/// migration runs exactly once.
/// </summary>
internal sealed class StoreMigrator(Store store, TimeProvider time)
{
    // Any fixed number: the key of the PostgreSQL advisory lock that serialises migrations.
    private const long MigrationLockKey = 0x41_74_74_65_6E_64;

    /// <summary>Applies pending migrations; returns how many ran.</summary>
    /// <exception cref="StoreSchemaException">The store's schema is newer than this build.</exception>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = Migration.ForDialect(store.Dialect);
        await using var connection = await store.OpenAsync(cancellationToken);
        // PostgreSQL: read committed, so that the version read after the lock sees what a node that
        // held the lock before us committed (a serializable snapshot would predate it).
        // SQLite: BEGIN IMMEDIATE, which takes the write lock at once.
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
        Task<int> ExecuteAsync(string sql, object? parameters = null) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        if (store.Dialect == StoreDialect.Postgres)
        {
            await ExecuteAsync($"SELECT pg_advisory_xact_lock({MigrationLockKey})");
        }
        await ExecuteAsync(store.Dialect == StoreDialect.Postgres
            ? "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)"
            : "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");

        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction, cancellationToken: cancellationToken));
        if (current > migrations.Count)
        {
            throw new StoreSchemaException(
                $"the store {store.Location} has schema version {current}, newer than this build's {migrations.Count}: upgrade Attendance");
        }

        foreach (var migration in migrations.Skip(current))
        {
            await ExecuteAsync(migration.Sql);
            await ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
                new { version = migration.Version, name = migration.Name, appliedAt = StoreTime.ToDb(store.Dialect, time.GetUtcNow()) });
        }

        await transaction.CommitAsync(cancellationToken);
        return migrations.Count - current;
    }
}
