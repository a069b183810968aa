using System.Globalization;
using Attendance.Model.Features;
using static Attendance.Model.Features.FeatureNames;

namespace Attendance.Scoring.Reasons;

/// <summary>
/// Reason texts a planner understands, per feature, in Danish and English: a small table keyed by feature
/// name. A template gets the feature's value in the row (for categorical features, the category's name);
/// a missing value reads "… unknown" unless the template says what missing means. A feature without a
/// template (an <c>x_*</c> extra) is shown by its name and value.
/// </summary>
public static class ReasonTemplates
{
    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] DanishDays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] DanishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly Dictionary<string, Template> Table = new(StringComparer.Ordinal)
    {
        [LeadDays] = new("lead time", "ventetid",
            v => v < 1 ? "booked the same day" : Count(v, "booked {0} day ahead", "booked {0} days ahead"),
            v => v < 1 ? "booket samme dag" : Count(v, "booket {0} dag i forvejen", "booket {0} dage i forvejen")),
        [Weekday] = new("weekday", "ugedag", v => "on a " + EnglishDays[(int)v], v => "på en " + DanishDays[(int)v]),
        [Hour] = new("time of day", "tidspunkt", v => "at " + Clock(v, ':'), v => "kl. " + Clock(v, '.')),
        [Month] = new("month", "måned", v => "in " + EnglishMonths[(int)v - 1], v => "i " + DanishMonths[(int)v - 1]),
        [Age] = new("age", "alder", v => En("age {0}", v), v => Da("alder {0}", v)),
        [DistanceKm] = new("distance", "afstand", v => En("lives {0} km away", v), v => Da("bor {0} km væk", v)),
        [DigitalUser] = new("MinSP use", "brug af MinSP",
            v => v > 0 ? "MinSP user" : "not a MinSP user", v => v > 0 ? "bruger MinSP" : "bruger ikke MinSP"),
        [ReminderSent] = new("reminder", "påmindelse",
            v => v > 0 ? "reminder sent" : "no reminder sent", v => v > 0 ? "påmindelse sendt" : "ingen påmindelse sendt"),
        [DurationMin] = new("duration", "varighed", v => En("{0}-minute visit", v), v => Da("besøg på {0} minutter", v)),
        [PriorAppointments] = new("earlier visits", "tidligere besøg",
            v => v < 1 ? "first visit" : Count(v, "{0} earlier visit", "{0} earlier visits"),
            v => v < 1 ? "første besøg" : Count(v, "{0} tidligere besøg", "{0} tidligere besøg")),
        [PriorNoShows] = new("earlier no-shows", "tidligere udeblivelser",
            v => v < 1 ? "no earlier no-shows" : Count(v, "{0} earlier no-show", "{0} earlier no-shows"),
            v => v < 1 ? "ingen tidligere udeblivelser" : Count(v, "{0} tidligere udeblivelse", "{0} tidligere udeblivelser")),
        [PriorNoShowRate] = new("no-show rate", "udeblivelsesrate",
            v => Percent("own no-show rate about {0}%", v), v => Percent("egen udeblivelsesrate ca. {0} %", v)),
        [PriorNoShowsRecent] = new("recent no-shows", "nylige udeblivelser",
            v => v < 0.05 ? "no recent no-shows" : En("recent no-shows (weighted count {0})", v, "0.0"),
            v => v < 0.05 ? "ingen nylige udeblivelser" : Da("nylige udeblivelser (vægtet antal {0})", v, "0.0")),
        [DaysSinceLastNoShow] = new("last no-show", "sidste udeblivelse",
            v => Count(v, "last no-show {0} day ago", "last no-show {0} days ago"),
            v => Count(v, "sidste udeblivelse for {0} dag siden", "sidste udeblivelse for {0} dage siden"),
            "never missed a visit", "aldrig udeblevet"),
        [DaysSinceLastAppointment] = new("last visit", "sidste besøg",
            v => Count(v, "last visit {0} day ago", "last visit {0} days ago"),
            v => Count(v, "sidste besøg for {0} dag siden", "sidste besøg for {0} dage siden"),
            "first visit", "første besøg"),
        [PriorCancellations] = new("cancellations", "aflysninger",
            v => v < 1 ? "no earlier cancellations" : Count(v, "{0} earlier cancellation", "{0} earlier cancellations"),
            v => v < 1 ? "ingen tidligere aflysninger" : Count(v, "{0} tidligere aflysning", "{0} tidligere aflysninger")),
        [FeatureNames.UpcomingBookings] = new("other bookings", "andre bookinger",
            v => v < 1 ? "no other upcoming bookings" : Count(v, "{0} other upcoming booking", "{0} other upcoming bookings"),
            v => v < 1 ? "ingen andre kommende bookinger" : Count(v, "{0} anden kommende booking", "{0} andre kommende bookinger")),
        [Sex] = Categories("sex", "køn", new() { ["F"] = ("female", "kvinde"), ["M"] = ("male", "mand") }),
        [BookingChannel] = Categories("booking channel", "bookingkanal", new()
        {
            ["staff"] = ("booked by staff", "booket af personale"),
            ["self_book"] = ("self-booked in MinSP", "selvbooket i MinSP"),
            ["fast_pass"] = ("booked from the waiting list", "booket fra ventelisten"),
        }),
        [ContactMode] = Categories("contact mode", "kontaktform", new()
        {
            ["physical"] = ("attends in person", "fremmøde"),
            ["video"] = ("video consultation", "videokonsultation"),
            ["phone"] = ("phone consultation", "telefonkonsultation"),
        }),
        [LastOutcome] = Categories("last outcome", "sidste udfald", new()
        {
            ["none"] = ("first visit", "første besøg"),
            ["attended"] = ("attended last visit", "mødte til sidste besøg"),
            ["no_show"] = ("missed last visit", "udeblev fra sidste besøg"),
            ["cancelled"] = ("last visit cancelled", "sidste besøg aflyst"),
            ["rescheduled"] = ("last visit rescheduled", "sidste besøg flyttet"),
        }),
        [VisitFamily] = Categories("visit type", "besøgstype", [], "visit type {0}", "besøgstype {0}"),
        [Site] = Categories("site", "matrikel", [], "at {0}", "på {0}"),
        [Department] = Categories("department", "afdeling", [], "department {0}", "afdeling {0}"),
    };

    /// <summary>True when <paramref name="feature"/> has its own template (else the fallback is used).</summary>
    public static bool Has(string feature) => Table.ContainsKey(feature);

    /// <summary>The text of one factor.</summary>
    /// <param name="feature">The feature (its vocabulary names categorical codes).</param>
    /// <param name="value">Its value in the row (NaN = missing; a category code for categorical features).</param>
    /// <param name="language">The language.</param>
    public static string Describe(FeatureDefinition feature, float value, ReasonLanguage language)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var english = language == ReasonLanguage.English;
        var category = feature.Categories is { } names && !float.IsNaN(value) && value >= 0 && value < names.Count ? names[(int)value] : null;
        if (!Table.TryGetValue(feature.Name, out var template))
        {
            var shown = float.IsNaN(value) ? (english ? "unknown" : "ukendt") : category ?? Number(value, "0.##", english);
            return $"{feature.Name} = {shown}";
        }

        if (float.IsNaN(value) || (feature.Categories is not null && category is null))
        {
            return (english ? template.MissingEnglish : template.MissingDanish) ?? (english ? template.LabelEnglish + " unknown" : template.LabelDanish + " ukendt");
        }

        return english ? template.English(value, category) : template.Danish(value, category);
    }

    private static Template Categories(string labelEnglish, string labelDanish, Dictionary<string, (string English, string Danish)> names,
        string otherEnglish = "{0}", string otherDanish = "{0}") =>
        new(labelEnglish, labelDanish,
            (_, c) => names.TryGetValue(c!, out var n) ? n.English : string.Format(CultureInfo.InvariantCulture, otherEnglish, c),
            (_, c) => names.TryGetValue(c!, out var n) ? n.Danish : string.Format(CultureInfo.InvariantCulture, otherDanish, c));

    private static string Count(float value, string one, string many)
    {
        var n = (long)Math.Round(value, MidpointRounding.AwayFromZero);
        return string.Format(CultureInfo.InvariantCulture, n == 1 ? one : many, n);
    }

    private static string En(string format, float value, string numberFormat = "0") =>
        string.Format(CultureInfo.InvariantCulture, format, Number(value, numberFormat, english: true));

    private static string Da(string format, float value, string numberFormat = "0") =>
        string.Format(CultureInfo.InvariantCulture, format, Number(value, numberFormat, english: false));

    private static string Percent(string format, float value) =>
        string.Format(CultureInfo.InvariantCulture, format, Math.Round(value * 100, MidpointRounding.AwayFromZero));

    private static string Clock(float hour, char separator)
    {
        var minutes = (int)Math.Round(hour * 60, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}{separator}{minutes % 60:00}");
    }

    /// <summary>Danish writes a decimal comma.</summary>
    private static string Number(float value, string format, bool english)
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return english ? text : text.Replace('.', ',');
    }

    /// <summary>One feature's texts; the functions get the value (never NaN) and the category name (categorical features).</summary>
    private sealed record Template(
        string LabelEnglish,
        string LabelDanish,
        Func<float, string?, string> English,
        Func<float, string?, string> Danish,
        string? MissingEnglish = null,
        string? MissingDanish = null)
    {
        public Template(string labelEnglish, string labelDanish, Func<float, string> english, Func<float, string> danish,
            string? missingEnglish = null, string? missingDanish = null)
            : this(labelEnglish, labelDanish, (v, _) => english(v), (v, _) => danish(v), missingEnglish, missingDanish)
        {
        }
    }
}
