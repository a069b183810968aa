using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attendance.App.Storage;

/// <summary>Where the operational store lives: <c>sqlite:PATH</c> or <c>postgres:CONNECTION</c>.</summary>
internal sealed record StoreLocation(StoreDialect Dialect, string ConnectionString)
{
    /// <summary>Parses the <c>--store</c> value; errors name the option and never echo a password.</summary>
    public static StoreLocation Parse(string value, string optionName = "--store")
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? "" : value[..colon];
        var rest = colon < 0 ? "" : value[(colon + 1)..];
        if (rest.Length == 0)
        {
            throw new FormatException($"{optionName}: expected sqlite:PATH or postgres:CONNECTION");
        }

        return scheme switch
        {
            "sqlite" => ForSqliteFile(rest),
            "postgres" => new StoreLocation(StoreDialect.Postgres, ValidatePostgres(rest, optionName)),
            _ => throw new FormatException($"{optionName}: unknown store '{scheme}' (expected sqlite:PATH or postgres:CONNECTION)"),
        };
    }

    public static StoreLocation ForSqliteFile(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            // Quartz and our jobs write concurrently; wait for the lock rather than fail at once.
            DefaultTimeout = 30,
        };
        return new StoreLocation(StoreDialect.Sqlite, builder.ToString());
    }

    private static string ValidatePostgres(string connection, string optionName)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connection).ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{optionName}: invalid PostgreSQL connection string ({e.Message})", e);
        }
    }

    /// <summary>A description for logs and messages, without credentials.</summary>
    public override string ToString() => Dialect switch
    {
        StoreDialect.Sqlite => $"sqlite:{new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => $"postgres:{new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString}",
    };
}
