using System.Globalization;
using Attendance.Scoring.Flags;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Risk;

/// <summary>
/// What the risk list shows: which scoring run (default the latest), and within it the appointments'
/// day, site, department, action and whether only bookings nobody has handled yet. Values come from the
/// query string and are only ever bound as SQL parameters.
/// </summary>
/// <param name="Run">The scoring run's day; null: the latest run.</param>
/// <param name="Day">The appointments' local (Copenhagen) day; null: every day of the run.</param>
/// <param name="Site">A site code; null: every site.</param>
/// <param name="Department">A department code; null: every department.</param>
/// <param name="Action">An action's wire name; anything else is ignored.</param>
/// <param name="OpenOnly">Only bookings without any mark ("not yet handled").</param>
/// <param name="ByRisk">Within a clinic and day, riskiest first instead of by start time.</param>
internal sealed record RiskFilter(DateOnly? Run, DateOnly? Day, string? Site, string? Department, string? Action, bool OpenOnly, bool ByRisk)
{
    public static RiskFilter None { get; } = new(null, null, null, null, null, false, false);

    /// <summary>The filter of a request's query string; malformed dates and unknown actions are left out (the page shows what it applied).</summary>
    public static RiskFilter From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var action = Blank(query["action"]);
        return new RiskFilter(
            Date(query["run"]),
            Date(query["day"]),
            Blank(query["site"]),
            Blank(query["department"]),
            action is not null && FlagNames.ActionNames.Contains(action, StringComparer.Ordinal) ? action : null,
            query["open"] == "1",
            query["sort"] == "risk");
    }

    /// <summary>The query string that gives this filter back (empty values left out), starting with <c>?</c> unless empty.</summary>
    public string ToQueryString()
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        Add("run", Run?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("day", Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("site", Site);
        Add("department", Department);
        Add("action", Action);
        Add("open", OpenOnly ? "1" : null);
        Add("sort", ByRisk ? "risk" : null);
        return QueryString.Create(parameters).ToUriComponent();

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parameters.Add(new(name, value));
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
