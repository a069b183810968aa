using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Audit;

/// <summary>The audit log for administrators: newest first, paged, filtered by actor and action.</summary>
internal static class AuditPage
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static WebApplication MapAudit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPage("/audit", () => Texts.AuditLog, Roles.Admin, RenderAsync);
        return app;
    }

    private static async Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, AuditLog log, string? actor, string? action, int? page)
    {
        var query = new AuditQuery(Blank(actor), Blank(action), Math.Max(1, page ?? 1));
        var slice = await log.QueryAsync(query, context.RequestAborted);

        var rows = slice.Records.Select(record => Html.Of($"""
            <tr><td>{TimeZoneInfo.ConvertTime(record.Entry.At, Copenhagen).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}</td>
            <td><a href="{Link(record.Entry.Actor, query.Action, 1)}">{record.Entry.Actor}</a></td>
            <td><a href="{Link(query.Actor, record.Entry.Action, 1)}">{record.Entry.Action}</a></td>
            <td>{record.Entry.Subject}</td><td>{Changes(record.Entry)}</td></tr>
            """)).ToList();
        var table = rows.Count == 0
            ? Html.Of($"<p>{Texts.NoEntries}</p>")
            : Html.Of($"""
                <div class="table-wrap"><table>
                <thead><tr><th scope="col">{Texts.When}</th><th scope="col">{Texts.Actor}</th><th scope="col">{Texts.Action}</th><th scope="col">{Texts.Subject}</th><th scope="col">{Texts.Changes}</th></tr></thead>
                <tbody>{rows}</tbody>
                </table></div>
                """);
        var newer = query.Page > 1 ? Html.Of($"<a href=\"{Link(query.Actor, query.Action, query.Page - 1)}\" rel=\"prev\">{Texts.Newer}</a>") : Html.Empty;
        var older = slice.HasMore ? Html.Of($"<a href=\"{Link(query.Actor, query.Action, query.Page + 1)}\" rel=\"next\">{Texts.Older}</a>") : Html.Empty;

        return await layout.PageAsync(context, Texts.AuditLog, Html.Of($"""
            <form method="get" action="/audit" class="filters" role="search">
            <div><label for="actor">{Texts.Actor}</label><input id="actor" name="actor" type="text" value="{query.Actor}"></div>
            <div><label for="action">{Texts.Action}</label><input id="action" name="action" type="text" value="{query.Action}"></div>
            <button type="submit">{Texts.Filter}</button> <a href="/audit">{Texts.ShowAll}</a>
            </form>
            {table}
            <nav class="pager" aria-label="{Texts.Pages}">{newer}<span>{Texts.PageNumber(query.Page)}</span>{older}</nav>
            """));
    }

    /// <summary>What changed, field by field; the full before/after states folded away below.</summary>
    private static Html Changes(AuditEntry entry)
    {
        var items = AuditChange.Between(entry.BeforeJson, entry.AfterJson).Select(change => change.Before is null
            ? Html.Of($"<li><span class=\"field\">{change.Field}</span> {change.After}</li>")
            : Html.Of($"<li><span class=\"field\">{change.Field}</span> {change.Before} → {change.After ?? "–"}</li>"));
        var states = entry.BeforeJson is null && entry.AfterJson is null
            ? Html.Empty
            : Html.Of($"""
                <details><summary>JSON</summary><dl><dt>{Texts.Before}</dt><dd><code>{entry.BeforeJson ?? "–"}</code></dd><dt>{Texts.After}</dt><dd><code>{entry.AfterJson ?? "–"}</code></dd></dl></details>
                """);
        return Html.Of($"<ul class=\"changes\">{items}</ul>{states}");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Link(string? actor, string? action, int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (actor is not null)
        {
            parameters.Add(new("actor", actor));
        }
        if (action is not null)
        {
            parameters.Add(new("action", action));
        }
        if (page > 1)
        {
            parameters.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return "/audit" + QueryString.Create(parameters).ToUriComponent();
    }
}
