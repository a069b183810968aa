using System.Globalization;
using Attendance.App.Web;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>The Jobs page's words in English and Danish (as <see cref="Texts"/>, picked by the request's UI culture).</summary>
internal static class JobTexts
{
    public static string Jobs => T("Jobs", "Job");
    public static string Scoring => T("Nightly scoring", "Natlig risikoberegning");
    public static string ScoringPartition => T("Partition", "Delberegning");
    public static string ScoringSummary => T("Merge", "Samling");
    public static string Retrain => T("Weekly retraining", "Ugentlig gentræning");
    public static string Calibration => T("Calibration monitor", "Kalibreringsovervågning");
    public static string CalibrationWarning => T("Calibration warning", "Advarsel om kalibrering");
    public static string OfferRound => T("Offer round", "Tilbudsrunde");
    public static string OfferExpiry => T("Offer expiry", "Udløb af tilbud");
    public static string Schedule => T("Schedule", "Plan");
    public static string ManualOnly => T("Not scheduled: runs only when triggered", "Ikke planlagt: kører kun, når det startes");
    public static string State => T("State", "Tilstand");
    public static string Scheduled => T("Scheduled", "Planlagt");
    public static string NextRun => T("Next run", "Næste kørsel");
    public static string LastRun => T("Last run", "Seneste kørsel");
    public static string NeverRan => T("Never ran", "Har aldrig kørt");
    public static string Failures => T("Failures", "Fejl");
    public static string NoFailures => T("None", "Ingen");
    public static string TriggerNow => T("Run now", "Kør nu");
    public static string ForDate => T("For date (empty: today)", "For dato (tom: i dag)");
    public static string Pause => T("Pause", "Sæt på pause");
    public static string Resume => T("Resume", "Genoptag");
    public static string Runs => T("Latest runs", "Seneste kørsler");
    public static string Fired => T("Started", "Startet");
    public static string Result => T("Result", "Resultat");
    public static string Duration => T("Duration", "Varighed");
    public static string Rows => T("Rows", "Rækker");
    public static string Attempt => T("Attempt", "Forsøg");
    public static string Node => T("Node", "Node");
    public static string Message => T("Message", "Besked");
    public static string NoRuns => T("No runs yet.", "Ingen kørsler endnu.");
    public static string Manual => T("manual", "manuel");
    public static string UnknownJob => T("No such job.", "Intet sådant job.");
    public static string BadDate => T("The date must be a day (yyyy-mm-dd).", "Datoen skal være en dag (åååå-mm-dd).");

    public static string PausedBy(string? who, string when) =>
        who is null ? T($"Paused since {when}", $"På pause siden {when}") : T($"Paused by {who} since {when}", $"Sat på pause af {who} siden {when}");

    public static string FinalFailures(int count) => T(
        $"{count.ToString(CultureInfo.CurrentCulture)} final failure(s) in a row",
        $"{count.ToString(CultureInfo.CurrentCulture)} endelige fejl i træk");

    public static string Retry(int attempt) => attempt == 0 ? T("first", "første") : T($"retry {attempt}", $"genforsøg {attempt}");

    public static string ResultOf(JobRunResult result, bool retryScheduled) => result switch
    {
        JobRunResult.Succeeded => T("succeeded", "lykkedes"),
        JobRunResult.Skipped => T("nothing to do", "intet at gøre"),
        JobRunResult.Cancelled => T("cancelled", "afbrudt"),
        JobRunResult.Failed when retryScheduled => T("failed, will retry", "fejlede, prøves igen"),
        JobRunResult.Failed => T("failed", "fejlede"),
        _ => result.ToString(),
    };

    private static string T(string english, string danish) => Texts.IsDanish ? danish : english;
}
