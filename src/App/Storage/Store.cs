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
        DbConnection connection = location.Dialect == StoreDialect.Sqlite
            ? new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection)
            {
                // WAL lets readers (the web pages) run while a job writes; it persists in the file.
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
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
}
