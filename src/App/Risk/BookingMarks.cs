namespace Attendance.App.Risk;

/// <summary>The marks a planner can set on a flagged booking (the store's check constraint lists the same).</summary>
internal static class BookingMarks
{
    public const string Called = "called";
    public const string Reminded = "reminded";
    public const string MovedToVideo = "moved_to_video";

    public static IReadOnlyList<string> All { get; } = [Called, Reminded, MovedToVideo];

    /// <summary>The mark's place in <see cref="All"/> (the order the page and exports show marks in).</summary>
    public static int Order(string mark) => ((IList<string>)All).IndexOf(mark);

    public static bool IsKnown(string? mark) => mark is not null && All.Contains(mark, StringComparer.Ordinal);
}
