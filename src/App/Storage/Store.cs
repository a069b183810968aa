using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attendance.App.Storage;

/// <summary>
/// The operational store (offers, decisions, flags, users, audit log; Quartz's tables beside them):
/// hands out open connections for its dialect. The same SQL runs on both where it can; where the
/// dialects differ, callers branch on <see cref="Dialect"/>.
/// </summary>
internal sealed class Store(StoreLocation location)
{
    public StoreDialect Dialect => location.Dialect;

    public StoreLocation Location => location;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Create();
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection)
            {
                await using var pragma = Pragma(connection);
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>For callers with a synchronous contract only (ASP.NET Core's key repository).</summary>
    public DbConnection Open()
    {
        var connection = Create();
        try
        {
            connection.Open();
            if (connection is SqliteConnection)
            {
                using var pragma = Pragma(connection);
                pragma.ExecuteNonQuery();
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private DbConnection Create() => location.Dialect == StoreDialect.Sqlite
        ? new SqliteConnection(location.ConnectionString)
        : new NpgsqlConnection(location.ConnectionString);

    // WAL lets readers (the web pages) run while a job writes; it persists in the file.
    private static DbCommand Pragma(DbConnection connection)
    {
        var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        return pragma;
    }

    /// <summary>
    /// A transaction for read-modify-write: on SQLite it takes the write lock at once (BEGIN IMMEDIATE),
    /// so two writers queue instead of one failing on upgrade; on PostgreSQL, read committed plus
    /// <see cref="ForUpdate"/> on the rows read.
    /// </summary>
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(
            Dialect == StoreDialect.Postgres ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable,
            cancellationToken);
    }

    /// <summary>The row-lock suffix for a SELECT inside <see cref="BeginWriteAsync"/> (empty on SQLite, which locks the file).</summary>
    public string ForUpdate => Dialect == StoreDialect.Postgres ? " FOR UPDATE" : "";

    /// <summary>A parameter holding JSON text, as the column type needs it (<c>jsonb</c> on PostgreSQL, text on SQLite).</summary>
    public string JsonParameter(string name) => Dialect == StoreDialect.Postgres ? $"CAST(@{name} AS jsonb)" : $"@{name}";
}
