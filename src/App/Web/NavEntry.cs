namespace Attendance.App.Web;

/// <summary>A menu item: shown only to users the <paramref name="Policy"/> admits (any signed-in user when null).</summary>
internal sealed record NavEntry(string Path, Func<string> Title, string? Policy);
