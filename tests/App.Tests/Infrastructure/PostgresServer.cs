using System.Diagnostics;
using Npgsql;

namespace Attendance.App.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the tests: the one named by <c>ATTENDANCE_TEST_POSTGRES</c>, or else a
/// throw-away server on a loopback port started with <c>scripts/test-postgres.sh</c> and stopped
/// when the tests end. Each test gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _ownedDirectory;
    private string _adminConnectionString = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("ATTENDANCE_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(given))
        {
            _adminConnectionString = given;
            return;
        }
        _ownedDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"attendance-pg-{Guid.NewGuid():N}");
        var (exitCode, output, error) = await RunScriptAsync("start", _ownedDirectory);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"could not start a test PostgreSQL (run scripts/install-deps.sh --test): {error.Trim()}");
        }
        _adminConnectionString = output.Trim();
    }

    public async Task DisposeAsync()
    {
        if (_ownedDirectory is not null)
        {
            await RunScriptAsync("stop", _ownedDirectory);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        // Every test has its own database and so its own pool: idle connections are closed within
        // seconds, or hundreds of finished tests' pools exhaust the server's connections.
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, ConnectionIdleLifetime = 2, ConnectionPruningInterval = 1 }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, ending its connections: the store "goes away".</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        // The name is ours (t_<guid>), not input: safe to splice; DDL takes no parameters.
        await using var command = new NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(string verb, string directory)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "test-postgres.sh"), verb, directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
