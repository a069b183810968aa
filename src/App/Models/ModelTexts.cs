using System.Globalization;
using Attendance.App.Web;

namespace Attendance.App.Models;

/// <summary>The Models page's words in English and Danish (as <see cref="Texts"/>, picked by the request's UI culture).</summary>
internal static class ModelTexts
{
    public static string Models => T("Models", "Modeller");
    public static string Intro => T(
        "Every registered version of the no-show model with its validation metrics. The champion scores the bookings every night; a challenger becomes the champion only if it is not worse on the champion's own validation period (AUC and log loss, tolerance 0.001), unless you deliberately override.",
        "Alle registrerede versioner af udeblivelsesmodellen med deres valideringsmål. Mesteren beregner risiko for bookingerne hver nat; en udfordrer bliver kun mester, hvis den ikke er dårligere på mesterens egen valideringsperiode (AUC og log loss, tolerance 0,001), medmindre du bevidst tilsidesætter det.");
    public static string NoModels => T(
        "No models yet: train one (attendance train) and add it (attendance models promote), or let the weekly retraining job add one.",
        "Ingen modeller endnu: træn en (attendance train) og tilføj den (attendance models promote), eller lad den ugentlige gentræning tilføje en.");
    public static string Version => T("Version", "Version");
    public static string Trained => T("Trained", "Trænet");
    public static string Data => T("Data", "Data");
    public static string Auc => "AUC";
    public static string PrAuc => "PR-AUC";
    public static string Brier => "Brier";
    public static string LogLoss => "Log loss";
    public static string Ece => "ECE";
    public static string Status => T("Status", "Status");
    public static string Champion => T("Champion", "Mester");
    public static string Challenger => T("Challenger", "Udfordrer");
    public static string NotCompared => T("Not compared with the champion yet.", "Endnu ikke sammenlignet med mesteren.");
    public static string Compare => T("Compare with the champion", "Sammenlign med mesteren");
    public static string Promotions => T("Promotion history", "Forfremmelser");
    public static string NoPromotions => T("No promotions yet.", "Ingen forfremmelser endnu.");
    public static string When => T("When", "Hvornår");
    public static string By => T("By", "Af");
    public static string Previous => T("Previous", "Forrige");
    public static string Reason => T("Reason", "Begrundelse");
    public static string Forced => T("forced", "tvunget");
    public static string Metrics => T("Validation metrics", "Valideringsmål");
    public static string Probabilities => T("Probabilities", "Sandsynligheder");
    public static string AsUsed => T("as used", "som brugt");
    public static string BeforeCalibration => T("booster before calibration", "før kalibrering");
    public static string MeanPredicted => T("Mean predicted", "Gns. forudsagt");
    public static string Observed => T("Observed", "Observeret");
    public static string Facts => T("Training", "Træning");
    public static string TrainFrom => T("Training data from", "Træningsdata fra");
    public static string ValidPeriod => T("Validation period", "Valideringsperiode");
    public static string Rows => T("Rows", "Rækker");
    public static string Horizon => T("Cut-off before start", "Skæringstid før start");
    public static string Trees => T("Trees", "Træer");
    public static string Calibration => T("Calibration", "Kalibrering");
    public static string Bin => T("Bin", "Interval");
    public static string Plots => T("Plots", "Grafer");
    public static string NoCurves => T(
        "This version was trained before its curves were stored: ROC and reliability are in its report.html only (download above).",
        "Denne version blev trænet, før kurverne blev gemt: ROC og pålidelighed findes kun i dens report.html (hent den ovenfor).");
    public static string Subgroups => T("Subgroups", "Undergrupper");
    public static string Dimension => T("Dimension", "Dimension");
    public static string Group => T("Group", "Gruppe");
    public static string NoShows => T("No-shows", "Udeblivelser");
    public static string Warnings => T("Data warnings", "Dataadvarsler");
    public static string None => T("None.", "Ingen.");
    public static string Promote => T("Promote to champion", "Gør til mester");
    public static string ReasonHint => T("Why this version should score the bookings (recorded with your name).", "Hvorfor denne version skal beregne risiko (gemmes med dit navn).");
    public static string Override => T(
        "Promote even if it is worse than the champion (deliberate override, recorded as forced)",
        "Gør til mester, selv om den er dårligere end mesteren (bevidst tilsidesættelse, gemmes som tvunget)");
    public static string IsChampionNow => T("This version is the champion.", "Denne version er mesteren.");
    public static string ReasonRequired => T("Give a reason for the promotion.", "Angiv en begrundelse for forfremmelsen.");
    public static string NoHistory => T(
        "There is no history in the inbox to compare the champion and this version on (inbox/history).",
        "Der er ingen historik i indbakken at sammenligne mesteren og denne version på (inbox/history).");
    public static string Report => T("Download the full report (report.html)", "Hent hele rapporten (report.html)");
    public static string ReasonTooLong(int max) => T($"Keep the reason under {max} characters.", $"Hold begrundelsen under {max} tegn.");
    public static string NotFound => T("No such model version.", "Ingen sådan modelversion.");
    public static string Back => T("All versions", "Alle versioner");
    public static string Comparison => T("Comparison with the champion", "Sammenligning med mesteren");

    public static string Span(string from, string validFrom, string validTo, long train, long valid) => T(
        $"trained from {from}, validated {validFrom}–{validTo}; {Count(train)} training and {Count(valid)} validation rows",
        $"trænet fra {from}, valideret {validFrom}–{validTo}; {Count(train)} trænings- og {Count(valid)} valideringsrækker");

    public static string ChampionSince(string when, string who, string why) =>
        T($"Champion since {when}, promoted by {who}: {why}", $"Mester siden {when}, forfremmet af {who}: {why}");

    public static string Promoted(string version, string? previous, bool forced) => T(
        $"{version} is now the champion (was {previous ?? "none"}){(forced ? ", forced over a better champion" : "")}.",
        $"{version} er nu mester (var {previous ?? "ingen"}){(forced ? ", tvunget trods en bedre mester" : "")}.");

    public static string Refused(string version, string champion) => T(
        $"Not promoted: {version} is worse than the champion {champion} on the champion's validation period. Tick the override to promote it anyway.",
        $"Ikke forfremmet: {version} er dårligere end mesteren {champion} på mesterens valideringsperiode. Sæt kryds i tilsidesættelsen for alligevel at forfremme den.");

    public static string NotPromoted(string message) => T($"Not promoted: {message}", $"Ikke forfremmet: {message}");

    public static string Compared(string version) => T($"{version} was compared with the champion.", $"{version} blev sammenlignet med mesteren.");

    public static string Verdict(bool worse) => worse
        ? T("worse than the champion", "dårligere end mesteren")
        : T("not worse than the champion", "ikke dårligere end mesteren");

    public static string ComparisonLine(string from, string to, long rows, string championAuc, string challengerAuc, string championLogLoss, string challengerLogLoss) => T(
        $"On {Count(rows)} rows {from}–{to}: AUC {challengerAuc} vs {championAuc} (champion), log loss {challengerLogLoss} vs {championLogLoss}.",
        $"På {Count(rows)} rækker {from}–{to}: AUC {challengerAuc} mod {championAuc} (mester), log loss {challengerLogLoss} mod {championLogLoss}.");

    public static string PromoteVersion(string version) => T($"Promote {version}", $"Gør {version} til mester");

    public static string Hours(double hours) => T($"{hours.ToString("0.#", CultureInfo.CurrentCulture)} h", $"{hours.ToString("0.#", CultureInfo.CurrentCulture)} t");

    public static PlotTexts Plot => new(
        new(T("ROC", "ROC"), T("True positive rate against false positive rate on the validation rows; the dashed diagonal is chance.",
                "Andel sande positive mod andel falske positive på valideringsrækkerne; den stiplede diagonal er tilfældighed."),
            T("false positive rate", "andel falske positive"), T("true positive rate", "andel sande positive")),
        new(T("Reliability", "Pålidelighed"), T("Observed no-show rate against mean predicted probability per bin; the dashed diagonal is perfect calibration.",
                "Observeret udeblivelsesrate mod gennemsnitlig forudsagt sandsynlighed pr. interval; den stiplede diagonal er perfekt kalibrering."),
            T("mean predicted probability", "gns. forudsagt sandsynlighed"), T("observed no-show rate", "observeret udeblivelsesrate")),
        new(T("Lift", "Løft"), T("Share of all no-shows caught among the top of the list ranked by probability; the dashed diagonal is a random order.",
                "Andel af alle udeblivelser fanget i toppen af listen sorteret efter sandsynlighed; den stiplede diagonal er en tilfældig rækkefølge."),
            T("share of the list (top)", "andel af listen (top)"), T("share of no-shows caught", "andel udeblivelser fanget")));

    private static string Count(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    private static string T(string english, string danish) => Texts.IsDanish ? danish : english;
}
