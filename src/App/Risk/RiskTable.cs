using System.Globalization;
using Attendance.App.Web;

namespace Attendance.App.Risk;

/// <summary>
/// The risk list's body: one section per clinic (site, department) and local day, one table row per
/// booking (<c>tr.booking[data-appointment-id]</c>, stable for browser tests) with its mark buttons.
/// </summary>
internal static class RiskTable
{
    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The row's element id, also its URL fragment (escaped, so both spell it alike).</summary>
    public static string RowId(string appointmentId) => "booking-" + Uri.EscapeDataString(appointmentId);

    /// <param name="rows">Soonest first (as the store returns them).</param>
    /// <param name="byRisk">Within a clinic and day, riskiest first instead of by start.</param>
    /// <param name="antiforgery">The request's antiforgery field, for the mark forms.</param>
    /// <param name="returnUrl">Where a mark returns to: this list with its filter.</param>
    public static Html Render(IReadOnlyList<RiskRow> rows, bool byRisk, Html antiforgery, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var language = Texts.Language;
        var groups = rows
            .GroupBy(row => (Day: FlaggedBookingStore.LocalDay(row.Booking.StartAt), row.Booking.Site, row.Booking.Department))
            .OrderBy(group => group.Key.Day)
            .ThenBy(group => group.Key.Site is null).ThenBy(group => group.Key.Site, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Department is null).ThenBy(group => group.Key.Department, StringComparer.Ordinal);
        var sections = new List<Html>();
        var index = 0;
        foreach (var group in groups)
        {
            var ordered = byRisk ? group.OrderByDescending(row => row.Booking.NoShowProbability) : group.AsEnumerable();
            var body = ordered.Select(row => Row(row, ++index, language, antiforgery, returnUrl)).ToList();
            var (day, site, department) = group.Key;
            var id = "clinic-" + sections.Count.ToString(CultureInfo.InvariantCulture);
            sections.Add(Html.Of($"""
                <section class="clinic-day" aria-labelledby="{id}">
                <h2 id="{id}">{day.ToString("dddd yyyy-MM-dd", CultureInfo.CurrentCulture)} · {site ?? RiskTexts.UnknownSite} · {department ?? RiskTexts.UnknownDepartment}</h2>
                <div class="table-wrap"><table class="risk">
                <thead><tr><th scope="col">{RiskTexts.Start}</th><th scope="col">{RiskTexts.Patient}</th><th scope="col">{RiskTexts.Probability}</th><th scope="col">{RiskTexts.RiskBand}</th><th scope="col">{RiskTexts.Action}</th><th scope="col">{RiskTexts.Reasons}</th><th scope="col">{RiskTexts.Handled}</th></tr></thead>
                <tbody>{body}</tbody>
                </table></div>
                </section>
                """));
        }
        return Html.Join(sections);
    }

    private static Html Row(RiskRow row, int index, string language, Html antiforgery, string returnUrl)
    {
        var booking = row.Booking;
        var patient = "patient-" + index.ToString(CultureInfo.InvariantCulture);
        var reasons = booking.Reasons.Select(reason => Html.Of($"<li>{reason.TextIn(language)}</li>")).ToList();
        var marks = BookingMarks.All.Select(mark => Mark(row, mark, patient)).ToList();
        var start = TimeZoneInfo.ConvertTime(booking.StartAt, Copenhagen);
        return Html.Of($"""
            <tr class="booking" id="{RowId(booking.AppointmentId)}" data-appointment-id="{booking.AppointmentId}">
            <td class="start"><time datetime="{booking.StartAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm'Z'", CultureInfo.InvariantCulture)}">{start.ToString("HH:mm", CultureInfo.InvariantCulture)}</time></td>
            <td class="patient" id="{patient}">{booking.PatientId}</td>
            <td class="probability">{booking.NoShowProbability.ToString("P0", CultureInfo.CurrentCulture)}</td>
            <td class="band band-{booking.RiskBand}">{RiskTexts.Band(booking.RiskBand)}</td>
            <td class="action" data-action="{booking.Action}">{RiskTexts.ActionName(booking.Action)}</td>
            <td><ol class="reasons">{reasons}</ol></td>
            <td class="marks"><form method="post" action="/risk/mark">{antiforgery}<input type="hidden" name="appointment" value="{booking.AppointmentId}"><input type="hidden" name="returnUrl" value="{returnUrl}">{marks}</form></td>
            </tr>
            """);
    }

    /// <summary>One mark of the row's form: who set it and an undo button (posting to /risk/unmark), or the button that sets it.</summary>
    private static Html Mark(RiskRow row, string mark, string patient) => row.MarkOf(mark) is { } done
        ? Html.Of($"""
            <div class="mark done" data-mark="{mark}"><span class="marked">{RiskTexts.MarkedBy(mark, done.MarkedBy, RiskPage.Time(done.MarkedAt))}</span> <button type="submit" name="mark" value="{mark}" formaction="/risk/unmark" aria-describedby="{patient}">{RiskTexts.UndoMark(mark)}</button></div>
            """)
        : Html.Of($"""
            <div class="mark" data-mark="{mark}"><button type="submit" name="mark" value="{mark}" aria-describedby="{patient}">{RiskTexts.SetMark(mark)}</button></div>
            """);
}
