using System.Data.Common;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;

namespace Attendance.App.Tests.Storage;

[Collection(PostgresGroup.Name)]
public sealed class StoreMigratorTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_FreshStore_AppliesEveryMigrationOnceAndRecordsIt(string dialectName)
    {
        var (dialect, store) = await TestStores.CreateAsync(dialectName, postgres);

        var applied = await CreateSut(store).MigrateAsync(CancellationToken.None);
        var again = await CreateSut(store).MigrateAsync(CancellationToken.None);

        Assert.Equal(Migration.ForDialect(dialect).Count, applied);
        Assert.Equal(0, again);
        Assert.Equal(applied, await ScalarAsync<long>(store, "SELECT COUNT(*) FROM schema_version"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_NodesStartingTogether_RunEachMigrationExactlyOnce(string dialectName)
    {
        var (dialect, store) = await TestStores.CreateAsync(dialectName, postgres);

        var results = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => CreateSut(store).MigrateAsync(CancellationToken.None))));

        Assert.Equal(Migration.ForDialect(dialect).Count, results.Sum());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_StoreNewerThanBuild_RefusesNamingBothVersions(string dialectName)
    {
        var (dialect, store) = await TestStores.CreateAsync(dialectName, postgres);
        await CreateSut(store).MigrateAsync(CancellationToken.None);
        await ExecuteAsync(store, "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', CURRENT_TIMESTAMP)");

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => CreateSut(store).MigrateAsync(CancellationToken.None));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{Migration.ForDialect(dialect).Count}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AuditLog_UpdateOrDelete_IsRefusedByTheDatabase(string dialectName)
    {
        var (dialect, store) = await TestStores.CreateAsync(dialectName, postgres);
        await CreateSut(store).MigrateAsync(CancellationToken.None);
        await ExecuteAsync(store, "INSERT INTO audit_log (at, actor, action, subject) VALUES (CURRENT_TIMESTAMP, 'anna', 'accept', 'offer 1')");

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(store, "UPDATE audit_log SET actor = 'bo'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(store, "DELETE FROM audit_log"));
        Assert.Equal("anna", await ScalarAsync<string>(store, "SELECT actor FROM audit_log"));
    }

    private static StoreMigrator CreateSut(Store store) => new(store, TimeProvider.System);

    private static async Task ExecuteAsync(Store store, string sql)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(Store store, string sql)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
