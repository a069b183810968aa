using System.Globalization;

namespace Attendance.App.Storage;

/// <summary>
/// Instants in the store: <c>timestamptz</c> on PostgreSQL, ISO 8601 text in UTC on SQLite (which has
/// no time type). Comparisons with "now" happen in C# against the injected clock, never in SQL.
/// </summary>
internal static class StoreTime
{
    public static object? ToDb(StoreDialect dialect, DateTimeOffset? value) => value switch
    {
        null => null,
        { } v when dialect == StoreDialect.Postgres => v.UtcDateTime,
        { } v => v.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
    };

    public static DateTimeOffset? FromDb(object? value) => value switch
    {
        null or DBNull => null,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset dateTimeOffset => dateTimeOffset,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ => throw new InvalidCastException($"not a stored instant: {value.GetType().Name}"),
    };
}
