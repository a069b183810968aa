using System.Globalization;
using Attendance.App.Web;

namespace Attendance.App.Offers;

/// <summary>The offers page's words in English and Danish (as <see cref="Texts"/>, picked by the request's UI culture).</summary>
internal static class OfferTexts
{
    public static string Offers => T("Offers", "Tilbud");
    public static string Department => T("Department", "Afdeling");
    public static string AllDepartments => T("All departments", "Alle afdelinger");
    public static string Day => T("Day (empty: the coming week)", "Dag (tom: den kommende uge)");
    public static string Show => T("Show", "Vis");
    public static string BadDay => T("The day must be a date (yyyy-mm-dd); showing the coming week.", "Dagen skal være en dato (åååå-mm-dd); viser den kommende uge.");
    public static string NoOffers => T("No suggested offers for this choice.", "Ingen foreslåede tilbud for dette valg.");
    public static string SlotTime => T("Slot", "Tid");
    public static string Patient => T("Patient", "Patient");
    public static string VisitType => T("Visit type", "Besøgstype");
    public static string Channel => T("Channel", "Kanal");
    public static string Priority => T("Triage", "Triage");
    public static string Deadline => T("Deadline", "Frist");
    public static string DaysGained => T("Days gained", "Dage vundet");
    public static string ExpectedAttendance => T("Expected attendance", "Forventet fremmøde");
    public static string Value => T("Value", "Værdi");
    public static string Why => T("Why (the optimiser's reason)", "Hvorfor (optimeringens begrundelse)");
    public static string Decide => T("Decision", "Beslutning");
    public static string Accept => T("Accept", "Acceptér");
    public static string Reject => T("Reject", "Afvis");
    public static string NextCandidate => T("Next candidate", "Næste kandidat");
    public static string KeepForPhone => T("Keep for phone booking", "Behold til telefonbooking");
    public static string Ticket => T("self-book ticket", "selvbookingsbillet");
    public static string Reserve => T("Kept in reserve today", "Holdt i reserve i dag");
    public static string NoReserve => T("No offer round has run today.", "Ingen tilbudsrunde har kørt i dag.");
    public static string FreeSlots => T("Free slots", "Ledige tider");
    public static string KeptFromDigital => T("Kept from fast-pass and self-book", "Holdt fra fast-pass og selvbooking");
    public static string Subacute => T("Subacute", "Subakut");
    public static string NonDigital => T("Non-digital (phone only)", "Ikke-digitale (kun telefon)");
    public static string KeptByAdministrators => T("Kept by administrators", "Holdt af administratorer");
    public static string OffersMade => T("Offers made (fast-pass / phone / tickets)", "Tilbud givet (fast-pass / telefon / billetter)");
    public static string NoSuchOffer => T("No such offer.", "Tilbuddet findes ikke.");
    public static string OnlyDigitalKept => T(
        "Only a digital offer's slot can be kept for phone booking; a phone offer already goes by phone.",
        "Kun et digitalt tilbuds tid kan holdes til telefonbooking; et telefontilbud går allerede via telefon.");
    public static string Accepted => T("Offer accepted.", "Tilbuddet er accepteret.");
    public static string Rejected => T("Offer rejected; the slot goes to the next offer round.", "Tilbuddet er afvist; tiden går til næste tilbudsrunde.");
    public static string NextSuggested => T("Offer rejected; the next candidate is suggested for the slot.", "Tilbuddet er afvist; næste kandidat er foreslået til tiden.");
    public static string NoNextCandidate => T(
        "Offer rejected; no other candidate is left for the slot, so it goes to the next offer round.",
        "Tilbuddet er afvist; der er ingen anden kandidat til tiden, så den går til næste tilbudsrunde.");
    public static string KeptForPhone => T(
        "Offer rejected; the slot is kept for phone booking and will not be offered digitally.",
        "Tilbuddet er afvist; tiden holdes til telefonbooking og tilbydes ikke digitalt.");
    public static string TooMany => T("More offers match than shown; choose a department or a day.", "Flere tilbud passer end vist; vælg en afdeling eller en dag.");
    public static string BadForm => T("The form was incomplete; reload the page.", "Formularen var ufuldstændig; genindlæs siden.");

    public static string ReserveWhy(double share) => T(
        $"The optimiser keeps at least {Percent(share)} of each day's free slots out of fast-pass and self-book: they stay for patients who do not use the digital channel (reached by phone) and for subacute times. Slots reserved for subacute times are never offered; slots reserved for non-digital patients go by phone only. “Kept from fast-pass and self-book” also counts slots offered by phone and slots for which no waiting-list patient was suitable, so it is often well above the reserve.",
        $"Optimeringen holder mindst {Percent(share)} af hver dags ledige tider ude af fast-pass og selvbooking: de gemmes til patienter, der ikke bruger den digitale kanal (nås via telefon), og til subakutte tider. Tider reserveret til subakutte tilbydes aldrig; tider reserveret til ikke-digitale patienter går kun via telefon. »Holdt fra fast-pass og selvbooking« tæller også tider tilbudt via telefon og tider, hvor ingen patient på ventelisten passede, så tallet ligger ofte et godt stykke over reserven.");

    public static string RoundAt(string when) => T($"Latest round today: {when}", $"Seneste runde i dag: {when}");

    public static string GroupTitle(string department, string day) => $"{department} · {day}";

    public static string AcceptAll(int count) => T(
        $"Accept all {count.ToString(CultureInfo.CurrentCulture)} offers of this department and day",
        $"Acceptér alle {count.ToString(CultureInfo.CurrentCulture)} tilbud for denne afdeling og dag");

    public static string BulkResult(int accepted, int lost) => T(
        $"{accepted.ToString(CultureInfo.CurrentCulture)} accepted, {lost.ToString(CultureInfo.CurrentCulture)} lost a conflict.",
        $"{accepted.ToString(CultureInfo.CurrentCulture)} accepteret, {lost.ToString(CultureInfo.CurrentCulture)} tabte en konflikt.");

    public static string AlreadyDecided(string patient, string status, string who, string when) => status switch
    {
        "accepted" => T($"Not changed: the offer to {patient} was already accepted by {who} at {when}.", $"Ikke ændret: tilbuddet til {patient} blev allerede accepteret af {who} kl. {when}."),
        "rejected" => T($"Not changed: the offer to {patient} was already rejected by {who} at {when}.", $"Ikke ændret: tilbuddet til {patient} blev allerede afvist af {who} kl. {when}."),
        "expired" => T($"Not changed: the offer to {patient} expired at {when}.", $"Ikke ændret: tilbuddet til {patient} udløb kl. {when}."),
        _ => T($"Not changed: the offer to {patient} changed since the page was shown; check it again.", $"Ikke ændret: tilbuddet til {patient} er ændret, siden siden blev vist; se det igen."),
    };

    public static string SlotTaken(string slotTime, string patient, string who, string when) => T(
        $"Not accepted: the slot at {slotTime} was already given to {patient} by {who} at {when}.",
        $"Ikke accepteret: tiden kl. {slotTime} blev allerede givet til {patient} af {who} kl. {when}.");

    public static string PatientTaken(string patient, string slotTime, string who, string when) => T(
        $"Not accepted: {patient} already has the slot at {slotTime}, accepted by {who} at {when}.",
        $"Ikke accepteret: {patient} har allerede tiden kl. {slotTime}, accepteret af {who} kl. {when}.");

    public static string ChannelName(string channel) => channel switch
    {
        "fast_pass" => T("Fast-pass", "Fast-pass"),
        "phone" => T("Phone", "Telefon"),
        "self_book" => T("Self-book ticket", "Selvbookingsbillet"),
        _ => channel,
    };

    public static string TriageName(string? triage) => triage switch
    {
        "vulnerable" => T("Vulnerable", "Sårbar"),
        "unchanged" => T("Unchanged", "Uændret"),
        "routine" => T("Routine", "Rutine"),
        null => "–",
        _ => triage,
    };

    public static string DeadlineState(bool? meets) => meets switch
    {
        true => T("Met", "Overholdt"),
        false => T("Missed", "Ikke overholdt"),
        null => T("None", "Ingen"),
    };

    private static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);

    private static string T(string english, string danish) => Texts.IsDanish ? danish : english;
}
