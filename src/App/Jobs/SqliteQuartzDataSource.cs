using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Attendance.App.Jobs;

/// <summary>
/// Quartz's connections to a SQLite store, set up like the store's own (<see cref="Storage.Store"/>):
/// <c>synchronous=NORMAL</c> on every connection, because with the store's write-ahead log a commit
/// then costs no fsync — each job completion is several commits, ~150 ms apiece otherwise on these
/// disks — and the database stays consistent after a crash (only the last commits can be lost on
/// power failure, and a lost completion reruns an idempotent job).
/// </summary>
internal sealed class SqliteQuartzDataSource(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.StateChange += OnStateChange;
        return connection;
    }

    private static void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && sender is SqliteConnection connection)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
    }
}
