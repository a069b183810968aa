using System.Globalization;
using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Offers;

/// <summary>
/// The Offers page (calendar administrators): suggested offers by department and day with why each
/// patient, the decisions (accept, reject, next candidate, keep for phone booking, bulk accept for a
/// department-day) and what the latest round kept in reserve today. Markup the browser tests rely on:
/// a table row per offer with <c>data-offer-id</c>, buttons with their plain texts, and the outcome of
/// a decision in <c>role="alert"</c> (conflicts) or <c>role="status"</c> (confirmations).
/// </summary>
internal static class OffersPage
{
    /// <summary>At most this many offers on one page; the filters narrow it.</summary>
    public const int Limit = 500;

    public static WebApplication MapOffers(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPage("/offers", () => OfferTexts.Offers, Roles.CalendarAdmin, (HttpContext context, Layout layout, OfferStore offers, TimeProvider time) =>
            RenderAsync(context, layout, offers, time, OfferQuery.FromRequest(context.Request.Query), DoneNotice(context.Request.Query["done"]), StatusCodes.Status200OK));
        OfferEndpoints.Map(app);
        return app;
    }

    public static async Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, OfferStore store, TimeProvider time, OfferQuery query, PageNotice? notice, int statusCode)
    {
        var cancellationToken = context.RequestAborted;
        var today = OfferDays.Of(time.GetUtcNow());
        var filter = query.ToFilter(today);
        var (offers, more) = await store.SuggestedAsync(filter, Limit, cancellationToken);
        var departments = await store.DepartmentsAsync(cancellationToken);
        var reserves = await store.ReservesAsync(today, cancellationToken);

        var groups = offers.GroupBy(o => (o.Department, Day: OfferDays.Of(o.SlotStart))).Select(g => Group(context, query, g.Key.Department, g.Key.Day, [.. g])).ToList();
        var body = Html.Of($"""
            {Filters(query, departments)}
            {(query.BadDay ? Html.Of($"<p class=\"error\">{OfferTexts.BadDay}</p>") : Html.Empty)}
            {Notice(notice)}
            {OfferReserveView.Render(reserves)}
            {(groups.Count == 0 ? Html.Of($"<p class=\"empty\">{OfferTexts.NoOffers}</p>") : Html.Join(groups))}
            {(more ? Html.Of($"<p class=\"error\">{OfferTexts.TooMany}</p>") : Html.Empty)}
            """);
        return await layout.PageAsync(context, OfferTexts.Offers, body, statusCode);
    }

    private static PageNotice? DoneNotice(string? done) => done switch
    {
        "accepted" => PageNotice.Status(OfferTexts.Accepted),
        "rejected" => PageNotice.Status(OfferTexts.Rejected),
        "next" => PageNotice.Status(OfferTexts.NextSuggested),
        "no-next" => PageNotice.Status(OfferTexts.NoNextCandidate),
        "kept" => PageNotice.Status(OfferTexts.KeptForPhone),
        _ => null,
    };

    private static Html Notice(PageNotice? notice) => notice is null
        ? Html.Empty
        : Html.Of($"""
            <div class="{(notice.IsAlert ? "notice error" : "notice")}" role="{(notice.IsAlert ? "alert" : "status")}"><p>{notice.Text}</p>{(notice.Details.Count == 0 ? Html.Empty : Html.Of($"<ul>{notice.Details.Select(d => Html.Of($"<li>{d}</li>")).ToList()}</ul>"))}</div>
            """);

    private static Html Filters(OfferQuery query, IReadOnlyList<string> departments)
    {
        var options = departments.Select(d => d == query.Department
            ? Html.Of($"<option value=\"{d}\" selected>{d}</option>")
            : Html.Of($"<option value=\"{d}\">{d}</option>")).ToList();
        return Html.Of($"""
            <form class="filters" method="get" action="/offers">
            <div><label for="department">{OfferTexts.Department}</label><select id="department" name="department"><option value="">{OfferTexts.AllDepartments}</option>{options}</select></div>
            <div><label for="day">{OfferTexts.Day}</label><input id="day" name="day" type="date" value="{query.DayText}"></div>
            <button type="submit">{OfferTexts.Show}</button>
            </form>
            """);
    }

    private static Html Group(HttpContext context, OfferQuery query, string department, DateOnly day, List<OfferView> offers)
    {
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var selection = offers.Select(o => Html.Of($"<input type=\"hidden\" name=\"offer\" value=\"{o.OfferId}\"><input type=\"hidden\" name=\"version\" value=\"{o.Version}\">")).ToList();
        // One offer has its own Accept button: a bulk accept of one would only repeat it.
        var bulk = offers.Count < 2
            ? Html.Empty
            : Html.Of($"<form class=\"bulk\" method=\"post\" action=\"/offers/bulk-accept\">{Forms.AntiforgeryField(context)}{query.HiddenFields()}{selection}<button type=\"submit\">{OfferTexts.AcceptAll(offers.Count)}</button></form>");
        return Html.Of($"""
            <section class="offer-group" data-department="{department}" data-day="{dayText}">
            <h2>{OfferTexts.GroupTitle(department, dayText)}</h2>
            {bulk}
            <div class="table-wrap"><table class="offers">
            <thead><tr><th scope="col">{OfferTexts.SlotTime}</th><th scope="col">{OfferTexts.VisitType}</th><th scope="col">{OfferTexts.Patient}</th><th scope="col">{OfferTexts.Channel}</th><th scope="col">{OfferTexts.Priority}</th><th scope="col">{OfferTexts.Deadline}</th><th scope="col">{OfferTexts.DaysGained}</th><th scope="col">{OfferTexts.ExpectedAttendance}</th><th scope="col">{OfferTexts.Value}</th><th scope="col">{OfferTexts.Why}</th><th scope="col">{OfferTexts.Decide}</th></tr></thead>
            <tbody>{offers.Select(o => Row(context, query, o)).ToList()}</tbody>
            </table></div>
            </section>
            """);
    }

    private static Html Row(HttpContext context, OfferQuery query, OfferView offer)
    {
        var next = offer.EntryId is null ? Html.Empty : Html.Of($"<button type=\"submit\" formaction=\"/offers/next\">{OfferTexts.NextCandidate}</button>");
        var keep = offer.IsDigital ? Html.Of($"<button type=\"submit\" formaction=\"/offers/keep\">{OfferTexts.KeepForPhone}</button>") : Html.Empty;
        var decide = Html.Of($"""
            <form class="decide" method="post" action="/offers/accept">{Forms.AntiforgeryField(context)}<input type="hidden" name="offer" value="{offer.OfferId}"><input type="hidden" name="version" value="{offer.Version}">{query.HiddenFields()}<button type="submit" class="primary">{OfferTexts.Accept}</button><button type="submit" formaction="/offers/reject">{OfferTexts.Reject}</button>{next}{keep}</form>
            """);
        // data-label: the column's title, shown above each value when narrow screens lay a row out as a card (site.css).
        Html[] cells =
        [
            Cell(OfferTexts.SlotTime, "time", Html.Of($"{OfferDays.Local(offer.SlotStart).ToString("HH:mm", CultureInfo.InvariantCulture)}")),
            Cell(OfferTexts.VisitType, "visit-type", Html.Of($"{offer.VisitType ?? "–"}")),
            Cell(OfferTexts.Patient, "patient", Html.Of($"{offer.PatientId ?? OfferTexts.Ticket}")),
            Cell(OfferTexts.Channel, "channel", Html.Of($"{OfferTexts.ChannelName(offer.Channel)}")),
            Cell(OfferTexts.Priority, "triage", Html.Of($"{OfferTexts.TriageName(offer.Triage)}")),
            Cell(OfferTexts.Deadline, "deadline", Html.Of($"{OfferTexts.DeadlineState(offer.MeetsDeadline)}")),
            Cell(OfferTexts.DaysGained, "number", Html.Of($"{Number(offer.DaysGained, "0.#")}")),
            Cell(OfferTexts.ExpectedAttendance, "number", Html.Of($"{Number(offer.ExpectedAttendance, "0.00")}")),
            Cell(OfferTexts.Value, "number", Html.Of($"{Number(offer.Value, "0.00")}")),
            Html.Of($"<td class=\"reason\" lang=\"en\" data-label=\"{OfferTexts.Why}\">{offer.Reason}</td>"),
            Cell(OfferTexts.Decide, "decision", decide),
        ];
        return Html.Of($"<tr data-offer-id=\"{offer.OfferId}\" data-version=\"{offer.Version}\">{Html.Join(cells)}</tr>\n");
    }

    private static Html Cell(string label, string cssClass, Html content) => Html.Of($"<td class=\"{cssClass}\" data-label=\"{label}\">{content}</td>");

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.CurrentCulture) ?? "–";
}
