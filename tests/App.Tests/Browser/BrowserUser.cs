using AppRoles = Attendance.App.Users.Roles;

namespace Attendance.App.Tests.Browser;

/// <summary>A login the browser tests sign in with; the fixture creates <see cref="All"/> at start.</summary>
internal sealed record BrowserUser(string Name, string DisplayName, IReadOnlyList<string> Roles)
{
    public const string Password = "a long enough password";

    public static BrowserUser Planner { get; } = new("pia", "Pia Planlægger", [AppRoles.Planner]);

    public static BrowserUser CalendarAdmin { get; } = new("carl", "Carl Kalender", [AppRoles.CalendarAdmin]);

    public static BrowserUser Analyst { get; } = new("ana", "Ana Analytiker", [AppRoles.Analyst]);

    public static BrowserUser Admin { get; } = new("ada", "Ada Administrator", [AppRoles.Admin]);

    public static IReadOnlyList<BrowserUser> All { get; } = [Planner, CalendarAdmin, Analyst, Admin];
}
