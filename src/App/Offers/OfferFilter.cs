namespace Attendance.App.Offers;

/// <summary>Which suggested offers the page lists: slots starting on the local days <see cref="From"/> to <see cref="To"/> (inclusive).</summary>
/// <param name="Department">One department, or null for all.</param>
/// <param name="From">First local day.</param>
/// <param name="To">Last local day (inclusive).</param>
internal sealed record OfferFilter(string? Department, DateOnly From, DateOnly To)
{
    /// <summary>Without a day chosen the page shows this many days from today (the coming week).</summary>
    public const int DefaultDays = 7;
}
