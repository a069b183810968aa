namespace Attendance.App.Users;

/// <summary>
/// The roles a user can hold. Each is also the name of the authorization policy that requires it,
/// so a page for planners is mapped with <c>Roles.Planner</c> as its policy.
/// </summary>
internal static class Roles
{
    /// <summary>Works the nightly risk list.</summary>
    public const string Planner = "planner";

    /// <summary>Decides on waiting-list offers.</summary>
    public const string CalendarAdmin = "calendar_admin";

    /// <summary>Trains, evaluates and promotes models.</summary>
    public const string Analyst = "analyst";

    /// <summary>Manages users and jobs; reads the audit log.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Planner, CalendarAdmin, Analyst, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
