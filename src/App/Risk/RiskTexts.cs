using System.Globalization;
using Attendance.App.Web;

namespace Attendance.App.Risk;

/// <summary>The risk list's words in English and Danish (as <see cref="Texts"/>, picked by the request's UI culture).</summary>
internal static class RiskTexts
{
    public static string Title => T("Risky bookings", "Risikobookinger");
    public static string Run => T("Scoring run", "Risikoberegning");
    public static string Model => T("Model", "Model");
    public static string AsOf => T("Scored as of", "Beregnet pr.");
    public static string Day => T("Day", "Dag");
    public static string AllDays => T("All days", "Alle dage");
    public static string Site => T("Site", "Matrikel");
    public static string AllSites => T("All sites", "Alle matrikler");
    public static string Department => T("Department", "Afdeling");
    public static string AllDepartments => T("All departments", "Alle afdelinger");
    public static string Action => T("Recommended action", "Anbefalet handling");
    public static string AllActions => T("All actions", "Alle handlinger");
    public static string OpenOnly => T("Only bookings not yet handled", "Kun bookinger, der ikke er håndteret");
    public static string Order => T("Order", "Rækkefølge");
    public static string ByStart => T("By start time", "Efter starttidspunkt");
    public static string ByRisk => T("Riskiest first", "Højeste risiko først");
    public static string Show => T("Show", "Vis");
    public static string ClearFilters => T("Clear filters", "Nulstil filtre");
    public static string Exports => T("Export this list", "Eksportér denne liste");
    public static string ExportCsv => T("Export CSV", "Eksportér CSV");
    public static string ExportParquet => T("Export Parquet", "Eksportér Parquet");
    public static string Start => T("Start", "Start");
    public static string Patient => T("Patient", "Patient");
    public static string Probability => T("No-show", "Udeblivelse");
    public static string RiskBand => T("Risk", "Risiko");
    public static string Reasons => T("Why", "Hvorfor");
    public static string Handled => T("Done", "Udført");
    public static string UnknownSite => T("site unknown", "ukendt matrikel");
    public static string UnknownDepartment => T("department unknown", "ukendt afdeling");
    public static string NoRun => T(
        "No scoring run yet: the list fills after the nightly scoring.",
        "Ingen risikoberegning endnu: listen fyldes efter den natlige beregning.");
    public static string NoRows => T("No flagged bookings match the filter.", "Ingen markerede bookinger passer til filteret.");
    public static string UnknownBookingTitle => T("Unknown booking", "Ukendt booking");
    public static string UnknownMark => T("Unknown mark: use called, reminded or moved_to_video.", "Ukendt markering: brug called, reminded eller moved_to_video.");

    public static string UnknownBooking(string id) => T(
        $"No flagged booking has the id \"{id}\". It may have left the list: go back to the risky bookings and reload.",
        $"Ingen markeret booking har id'et \"{id}\". Den kan være faldet af listen: gå tilbage til risikobookingerne og genindlæs.");

    public static string Count(int count) => T(
        $"{count.ToString(CultureInfo.CurrentCulture)} flagged booking(s)",
        $"{count.ToString(CultureInfo.CurrentCulture)} markerede booking(er)");

    public static string Truncated(int shown) => T(
        $"Showing the first {shown.ToString(CultureInfo.CurrentCulture)} bookings: narrow the filter, or export the list for all of them.",
        $"Viser de første {shown.ToString(CultureInfo.CurrentCulture)} bookinger: indsnævr filteret, eller eksportér listen for at få dem alle.");

    public static string Band(string band) => band switch
    {
        "low" => T("low", "lav"),
        "medium" => T("medium", "middel"),
        "high" => T("high", "høj"),
        "very_high" => T("very high", "meget høj"),
        _ => band,
    };

    public static string ActionName(string? action) => action switch
    {
        null => "–",
        "phone_reminder" => T("Phone reminder", "Ring og mind om tiden"),
        "digital_reminder" => T("Digital reminder", "Digital påmindelse"),
        "consider_video" => T("Consider video", "Overvej video"),
        "double_book" => T("Double-book the slot", "Dobbeltbook tiden"),
        _ => action,
    };

    public static string MarkName(string mark) => mark switch
    {
        BookingMarks.Called => T("Called", "Ringet op"),
        BookingMarks.Reminded => T("Reminded", "Påmindet"),
        BookingMarks.MovedToVideo => T("Moved to video", "Flyttet til video"),
        _ => mark,
    };

    public static string SetMark(string mark) => mark switch
    {
        BookingMarks.Called => T("Mark called", "Markér ringet op"),
        BookingMarks.Reminded => T("Mark reminded", "Markér påmindet"),
        BookingMarks.MovedToVideo => T("Mark moved to video", "Markér flyttet til video"),
        _ => mark,
    };

    public static string UndoMark(string mark) => mark switch
    {
        BookingMarks.Called => T("Undo called", "Fortryd ringet op"),
        BookingMarks.Reminded => T("Undo reminded", "Fortryd påmindet"),
        BookingMarks.MovedToVideo => T("Undo moved to video", "Fortryd flyttet til video"),
        _ => mark,
    };

    public static string MarkedBy(string mark, string who, string when) => T(
        $"{MarkName(mark)} by {who}, {when}",
        $"{MarkName(mark)} af {who}, {when}");

    private static string T(string english, string danish) => Texts.IsDanish ? danish : english;
}
