using System.Data;
using System.Data.Common;
using System.Globalization;

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
        // SQLite: serializable is BEGIN IMMEDIATE, which takes the write lock at once.
        await using var transaction = await connection.BeginTransactionAsync(
            store.Dialect == StoreDialect.Postgres ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable,
            cancellationToken);

        if (store.Dialect == StoreDialect.Postgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
        }
        await ExecuteAsync(connection, transaction, store.Dialect == StoreDialect.Postgres
            ? "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)"
            : "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
            cancellationToken);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        if (current > migrations.Count)
        {
            throw new StoreSchemaException(
                $"the store {store.Location} has schema version {current}, newer than this build's {migrations.Count}: upgrade Attendance");
        }

        foreach (var migration in migrations.Skip(current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @applied_at)";
            AddParameter(record, "version", migration.Version);
            AddParameter(record, "name", migration.Name);
            var now = time.GetUtcNow();
            AddParameter(record, "applied_at", store.Dialect == StoreDialect.Postgres
                ? now.UtcDateTime
                : now.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return migrations.Count - current;
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
