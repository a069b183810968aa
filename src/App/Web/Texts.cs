using System.Globalization;
using Attendance.App.Users;

namespace Attendance.App.Web;

/// <summary>
/// The pages' words in English and Danish, picked by the request's UI culture (set by request
/// localization from the language choice cookie or the browser's Accept-Language). One property per
/// text keeps every text translated: there is no key that can be missing.
/// </summary>
internal static class Texts
{
    public static bool IsDanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da";

    /// <summary>The language code for <c>&lt;html lang&gt;</c>.</summary>
    public static string Language => IsDanish ? "da" : "en";

    public static string SkipToContent => T("Skip to content", "Spring til indhold");
    public static string MainMenu => T("Main menu", "Hovedmenu");
    public static string Home => T("Home", "Forside");
    public static string SignIn => T("Sign in", "Log ind");
    public static string SignOut => T("Sign out", "Log ud");
    public static string UserName => T("User name", "Brugernavn");
    public static string Password => T("Password", "Adgangskode");
    public static string SignInFailed => T(
        "Sign-in failed: wrong user name or password, or the account is locked or disabled.",
        "Login mislykkedes: forkert brugernavn eller adgangskode, eller kontoen er låst eller deaktiveret.");
    public static string SignedInAs => T("Signed in as", "Logget ind som");
    public static string SignedInWithPassword => T("Signed in with a password.", "Logget ind med adgangskode.");
    public static string SignedInThroughSso => T("Signed in through single sign-on.", "Logget ind via single sign-on.");
    public static string YourRoles => T("Your roles", "Dine roller");
    public static string LanguageChoice => T("Language", "Sprog");
    public static string NotAllowed => T("Not allowed", "Ikke tilladt");
    public static string NotAllowedText => T("Your roles do not give access to this page.", "Dine roller giver ikke adgang til denne side.");
    public static string AuditLog => T("Audit log", "Revisionslog");
    public static string When => T("When", "Tidspunkt");
    public static string Actor => T("Who", "Hvem");
    public static string Action => T("Action", "Handling");
    public static string Subject => T("Subject", "Emne");
    public static string Changes => T("Changes", "Ændringer");
    public static string Before => T("Before", "Før");
    public static string After => T("After", "Efter");
    public static string Filter => T("Filter", "Filtrér");
    public static string ShowAll => T("Show all", "Vis alle");
    public static string Newer => T("Newer", "Nyere");
    public static string Older => T("Older", "Ældre");
    public static string Failed => T("Something went wrong", "Der skete en fejl");
    public static string FailedText => T("The request failed and the error has been logged.", "Handlingen mislykkedes, og fejlen er logget.");
    public static string Unavailable => T("Temporarily unavailable", "Midlertidigt utilgængelig");
    public static string UnavailableText => T(
        "The database cannot be reached right now. Try again in a moment.",
        "Databasen kan ikke nås lige nu. Prøv igen om lidt.");
    public static string ErrorReference => T("Reference for the log", "Reference til loggen");
    public static string Pages => T("Pages", "Sider");
    public static string NoEntries => T("No entries.", "Ingen poster.");

    public static string PageNumber(int page) => $"{T("Page", "Side")} {page.ToString(CultureInfo.CurrentCulture)}";

    public static string Role(string role) => role switch
    {
        Roles.Planner => T("Planner", "Planlægger"),
        Roles.CalendarAdmin => T("Calendar administrator", "Kalenderadministrator"),
        Roles.Analyst => T("Analyst", "Analytiker"),
        Roles.Admin => T("Administrator", "Administrator"),
        _ => role,
    };

    private static string T(string english, string danish) => IsDanish ? danish : english;
}
