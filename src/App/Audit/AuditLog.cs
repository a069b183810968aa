using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Audit;

/// <summary>
/// The append-only record of who did what (the database refuses updates and deletes). Appends join
/// the caller's transaction, so a change and its audit row are committed together or not at all.
/// </summary>
internal sealed class AuditLog(Store store)
{
    // Stored as people wrote it (Æbelø, not \u00C6bel\u00F8; <b> not \u003Cb\u003E): the text is data,
    // and every page encodes it when it shows it.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Before/after state as the log stores it.</summary>
    public static string? ToJson<T>(T? state) where T : class => state is null ? null : JsonSerializer.Serialize(state, Json);

    public Task AppendAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sql = "INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) " +
                  $"VALUES (@at, @actor, @action, @subject, {store.JsonParameter("before")}, {store.JsonParameter("after")})";
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            at = StoreTime.ToDb(store.Dialect, entry.At),
            actor = entry.Actor,
            action = entry.Action,
            subject = entry.Subject,
            before = entry.BeforeJson,
            after = entry.AfterJson,
        }, transaction, cancellationToken: cancellationToken));
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await AppendAsync(connection, null, entry, cancellationToken);
    }

    /// <summary>Newest first. Filters are bound parameters; only fixed SQL fragments are concatenated.</summary>
    public async Task<AuditSlice> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>(2);
        if (!string.IsNullOrEmpty(query.Actor))
        {
            conditions.Add("actor = @actor");
        }
        if (!string.IsNullOrEmpty(query.Action))
        {
            conditions.Add("action = @action");
        }
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var sql = "SELECT id AS Id, at AS At, actor AS Actor, action AS Action, subject AS Subject, " +
                  // jsonb comes back as text either way; the cast keeps SQLite and PostgreSQL alike.
                  "CAST(before_json AS text) AS BeforeJson, CAST(after_json AS text) AS AfterJson " +
                  $"FROM audit_log{where} ORDER BY id DESC LIMIT @limit OFFSET @offset";

        var page = Math.Max(1, query.Page);
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AuditRow>(new CommandDefinition(sql, new
        {
            actor = query.Actor,
            action = query.Action,
            // One more than a page tells whether an older page exists.
            limit = query.PageSize + 1,
            offset = (page - 1) * query.PageSize,
        }, cancellationToken: cancellationToken))).ToList();

        var records = rows.Take(query.PageSize).Select(row => row.ToRecord()).ToList();
        return new AuditSlice(records, rows.Count > query.PageSize);
    }

    private sealed class AuditRow
    {
        public long Id { get; set; }
        public object? At { get; set; }
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
        public string Subject { get; set; } = "";
        public string? BeforeJson { get; set; }
        public string? AfterJson { get; set; }

        public AuditRecord ToRecord() =>
            new(Id, new AuditEntry(StoreTime.FromDb(At) ?? DateTimeOffset.MinValue, Actor, Action, Subject, BeforeJson, AfterJson));
    }
}
