using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;

namespace Attendance.App.Tests.Storage;

/// <summary>Fresh, empty stores of either dialect, so one test body runs against both.</summary>
internal static class TestStores
{
    /// <param name="dialect">"sqlite" or "postgres" (strings, as xunit theories take public types only).</param>
    public static async Task<(StoreDialect Dialect, Store Store)> CreateAsync(string dialect, PostgresServer postgres)
    {
        var store = dialect switch
        {
            "sqlite" => new Store(StoreLocation.ForSqliteFile(
                Path.Combine(Path.GetTempPath(), $"attendance-test-{Guid.NewGuid():N}.db"))),
            "postgres" => new Store(new StoreLocation(StoreDialect.Postgres, await postgres.CreateDatabaseAsync())),
            _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "sqlite or postgres"),
        };
        return (store.Dialect, store);
    }
}
