namespace Attendance.App.Offers;

/// <summary>A message at the top of the offers page: the outcome of a decision.</summary>
/// <param name="Text">The message.</param>
/// <param name="IsAlert">True for a conflict or refusal (<c>role="alert"</c>), false for a confirmation (<c>role="status"</c>).</param>
/// <param name="Details">One line per offer that lost a conflict (bulk accept).</param>
internal sealed record PageNotice(string Text, bool IsAlert, IReadOnlyList<string> Details)
{
    public static PageNotice Status(string text) => new(text, false, []);

    public static PageNotice Alert(string text) => new(text, true, []);
}
