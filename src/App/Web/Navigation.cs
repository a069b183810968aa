namespace Attendance.App.Web;

/// <summary>The main menu, filled by <see cref="PageRouteExtensions.MapPage"/> while endpoints are mapped (before the host starts).</summary>
internal sealed class Navigation
{
    private readonly List<NavEntry> _entries = [];

    public IReadOnlyList<NavEntry> Entries => _entries;

    public void Add(NavEntry entry) => _entries.Add(entry);
}
