using Attendance.Scheduler.Offers;

namespace Attendance.App.Offers;

/// <summary>
/// Days as the clinics count them: local dates in the offer policy's time zone (the Scheduler's
/// reserves and deadlines are per local day, so the page and the outbox use the same days).
/// </summary>
internal static class OfferDays
{
    private static readonly TimeZoneInfo Zone = OfferPolicy.Default.ResolveTimeZone();

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The first instant of <paramref name="day"/> (midnight local; daylight saving moves it in UTC).</summary>
    public static DateTimeOffset Start(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The local wall-clock time of an instant.</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
