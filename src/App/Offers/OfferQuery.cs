using System.Globalization;
using Attendance.App.Web;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Offers;

/// <summary>The page's filter as the user gave it (query string, or the hidden fields of a decision's form).</summary>
/// <param name="Department">A department, or null for all.</param>
/// <param name="Day">One local day, or null for the coming week.</param>
/// <param name="BadDay">True when a day was given that is not a date (it is then ignored).</param>
internal sealed record OfferQuery(string? Department, DateOnly? Day, bool BadDay)
{
    public string DayText => Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static OfferQuery FromRequest(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Parse(query["department"], query["day"]);
    }

    public static OfferQuery FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Parse(form["department"], form["day"]);
    }

    public OfferFilter ToFilter(DateOnly today) => Day is { } day
        ? new OfferFilter(Department, day, day)
        : new OfferFilter(Department, today, today.AddDays(OfferFilter.DefaultDays - 1));

    /// <summary>The filter again, for a decision's form to come back to the same view.</summary>
    public Html HiddenFields() => Html.Of($"<input type=\"hidden\" name=\"department\" value=\"{Department}\"><input type=\"hidden\" name=\"day\" value=\"{DayText}\">");

    /// <summary>The page with this filter and a confirmation code (<c>done</c>).</summary>
    public string Url(string done)
    {
        var query = QueryString.Empty;
        if (Department is not null)
        {
            query = query.Add("department", Department);
        }
        if (Day is not null)
        {
            query = query.Add("day", DayText);
        }
        return "/offers" + query.Add("done", done).ToUriComponent();
    }

    private static OfferQuery Parse(string? department, string? day)
    {
        var parsed = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        return new OfferQuery(string.IsNullOrEmpty(department) ? null : department, parsed ? date : null, !parsed && !string.IsNullOrEmpty(day));
    }
}
