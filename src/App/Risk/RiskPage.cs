using System.Globalization;
using Attendance.App.Users;
using Attendance.App.Web;
using Attendance.Scoring.Flags;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Risk;

/// <summary>
/// The planners' risk list (<c>/risk</c>): the flagged bookings of a scoring run (the latest by default)
/// per clinic and day, with probability, band, recommended action, the three reasons and the marks made;
/// marks are set and undone by POST (<c>/risk/mark</c>, <c>/risk/unmark</c>), the list exported as CSV or
/// Parquet (<see cref="RiskExport"/>). Every endpoint requires the planner role.
/// </summary>
internal static class RiskPage
{
    /// <summary>Bookings shown on one page; the exports hold all that pass the filter.</summary>
    public const int PageLimit = 500;

    /// <summary>Runs offered in the run choice.</summary>
    private const int RunChoices = 14;

    public static WebApplication MapRisk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPage("/risk", () => RiskTexts.Title, Roles.Planner, RenderAsync);
        app.MapPost("/risk/mark", (HttpContext context, Layout layout, BookingMarkStore marks) => MarkAsync(context, layout, marks, on: true))
            .RequireAuthorization(Roles.Planner);
        app.MapPost("/risk/unmark", (HttpContext context, Layout layout, BookingMarkStore marks) => MarkAsync(context, layout, marks, on: false))
            .RequireAuthorization(Roles.Planner);
        app.MapRiskExports();
        return app;
    }

    private static async Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, FlaggedBookingStore flags)
    {
        var filter = RiskFilter.From(context.Request.Query);
        var runs = await flags.RunsAsync(RunChoices, context.RequestAborted);
        if (await flags.FindRunAsync(filter.Run, context.RequestAborted) is not { } run)
        {
            return await layout.PageAsync(context, RiskTexts.Title, Html.Of($"<p class=\"empty\">{RiskTexts.NoRun}</p>"));
        }
        filter = filter with { Run = run.Date };
        var choices = await flags.ChoicesAsync(run.Date, context.RequestAborted);
        var rows = await flags.ReadAsync(run.Date, filter, PageLimit + 1, context.RequestAborted);
        var shown = rows.Take(PageLimit).ToList();
        var query = filter.ToQueryString();
        var count = rows.Count > PageLimit
            ? Html.Of($"<p class=\"notice\" role=\"status\">{RiskTexts.Truncated(PageLimit)}</p>")
            : Html.Of($"<p class=\"count\" role=\"status\">{RiskTexts.Count(shown.Count)}</p>");
        var list = shown.Count == 0
            ? Html.Of($"<p class=\"empty\">{RiskTexts.NoRows}</p>")
            : RiskTable.Render(shown, filter.ByRisk, Forms.AntiforgeryField(context), "/risk" + query);
        return await layout.PageAsync(context, RiskTexts.Title, Html.Of($"""
            <link rel="stylesheet" href="/assets/risk.css">
            <dl class="facts run-facts">
            <dt>{RiskTexts.Run}</dt><dd class="run-date">{Date(run.Date)}</dd>
            <dt>{RiskTexts.Model}</dt><dd class="model-version">{run.ModelVersion}</dd>
            <dt>{RiskTexts.AsOf}</dt><dd class="as-of">{Time(run.AsOf)}</dd>
            </dl>
            {Filters(filter, runs, choices)}
            <p class="exports">{RiskTexts.Exports}: <a href="/risk/export.csv{query}" download>{RiskTexts.ExportCsv}</a> · <a href="/risk/export.parquet{query}" download>{RiskTexts.ExportParquet}</a></p>
            {count}
            {list}
            """));
    }

    private static Html Filters(RiskFilter filter, IReadOnlyList<ScoringRunInfo> runs, RiskChoices choices)
    {
        // An older run chosen by its date stays in the choice even when it is beyond the latest few.
        var runOptions = runs.Select(r => r.Date).Append(filter.Run!.Value).Distinct().OrderDescending()
            .Select(date => Option(Date(date), Date(date), date == filter.Run)).ToList();
        var days = choices.Days.Select(d => Option(Date(d), d.ToString("ddd yyyy-MM-dd", CultureInfo.CurrentCulture), d == filter.Day)).ToList();
        var sites = Options(choices.Sites, filter.Site);
        var departments = Options(choices.Departments, filter.Department);
        var actions = FlagNames.ActionNames.Select(a => Option(a, RiskTexts.ActionName(a), a == filter.Action)).ToList();
        var open = filter.OpenOnly ? Html.Trusted(" checked") : Html.Empty;
        return Html.Of($"""
            <form method="get" action="/risk" class="filters" role="search">
            <div><label for="run">{RiskTexts.Run}</label><select id="run" name="run">{runOptions}</select></div>
            <div><label for="day">{RiskTexts.Day}</label><select id="day" name="day">{Option("", RiskTexts.AllDays, false)}{days}</select></div>
            <div><label for="site">{RiskTexts.Site}</label><select id="site" name="site">{Option("", RiskTexts.AllSites, false)}{sites}</select></div>
            <div><label for="department">{RiskTexts.Department}</label><select id="department" name="department">{Option("", RiskTexts.AllDepartments, false)}{departments}</select></div>
            <div><label for="action">{RiskTexts.Action}</label><select id="action" name="action">{Option("", RiskTexts.AllActions, false)}{actions}</select></div>
            <div><label for="sort">{RiskTexts.Order}</label><select id="sort" name="sort">{Option("", RiskTexts.ByStart, false)}{Option("risk", RiskTexts.ByRisk, filter.ByRisk)}</select></div>
            <div class="check"><input id="open" name="open" type="checkbox" value="1"{open}><label for="open">{RiskTexts.OpenOnly}</label></div>
            <button type="submit" class="primary">{RiskTexts.Show}</button> <a href="/risk">{RiskTexts.ClearFilters}</a>
            </form>
            """);
    }

    /// <summary>The run's values, plus the one asked for when the run lacks it, so the form shows the filter applied.</summary>
    private static List<Html> Options(IReadOnlyList<string> values, string? selected) =>
        [.. (selected is null || values.Contains(selected) ? values : values.Append(selected)).Select(value => Option(value, value, value == selected))];

    private static Html Option(string value, string text, bool selected) => selected
        ? Html.Of($"<option value=\"{value}\" selected>{text}</option>")
        : Html.Of($"<option value=\"{value}\">{text}</option>");

    private static async Task<IResult> MarkAsync(HttpContext context, Layout layout, BookingMarkStore marks, bool on)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var mark = form["mark"].ToString();
        var id = form["appointment"].ToString();
        if (!BookingMarks.IsKnown(mark))
        {
            return Results.BadRequest(RiskTexts.UnknownMark);
        }
        var outcome = await marks.SetAsync(id, mark, on, context.User.Identity!.Name!, context.RequestAborted);
        if (outcome == MarkOutcome.UnknownBooking)
        {
            return await layout.PageAsync(context, RiskTexts.UnknownBookingTitle,
                Html.Of($"<p class=\"error\" role=\"alert\">{RiskTexts.UnknownBooking(id)}</p><p><a href=\"/risk\">{RiskTexts.Title}</a></p>"),
                StatusCodes.Status404NotFound);
        }
        // Back to the same filtered list, at the booking just marked (keyboard users keep their place).
        return Results.Redirect(Forms.LocalUrl(form["returnUrl"]) + "#" + RiskTable.RowId(id));
    }

    internal static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, RiskTable.Copenhagen).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
