namespace Attendance.Model.Features;

/// <summary>
/// Danish local time (Europe/Copenhagen) from UTC microseconds by the EU rule: CET (UTC+1), and CEST
/// (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the
/// rule since 1996). Pure arithmetic, so training and scoring agree on every machine whatever its
/// time-zone database, and no allocation per call.
/// </summary>
public static class CopenhagenTime
{
    private const long MicrosPerHour = 3_600_000_000L;
    private const long TicksPerMicro = 10;

    /// <summary>The local calendar parts of an instant.</summary>
    /// <param name="utcMicros">Microseconds since the Unix epoch, UTC.</param>
    /// <param name="weekday">0 = Monday .. 6 = Sunday.</param>
    /// <param name="hour">Local hour of day with minutes as a fraction (13.5 = 13:30).</param>
    /// <param name="month">1 .. 12.</param>
    public static void Parts(long utcMicros, out int weekday, out float hour, out int month)
    {
        var local = ToLocal(utcMicros);
        weekday = ((int)local.DayOfWeek + 6) % 7;
        hour = local.Hour + (local.Minute / 60f);
        month = local.Month;
    }

    /// <summary>The local wall-clock time of an instant.</summary>
    public static DateTime ToLocal(long utcMicros)
    {
        var utc = DateTime.UnixEpoch.AddTicks(utcMicros * TicksPerMicro);
        var offsetHours = IsSummerTime(utc) ? 2 : 1;
        return utc.AddTicks(offsetHours * MicrosPerHour * TicksPerMicro);
    }

    /// <summary>The UTC instant (micros) of local midnight starting <paramref name="date"/> (no switch happens at midnight).</summary>
    public static long MidnightUtcMicros(DateOnly date)
    {
        var midnightAsUtc = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // Local midnight is 22:00 or 23:00 UTC the day before; the rule at that instant gives the offset.
        var offsetHours = IsSummerTime(midnightAsUtc.AddHours(-2)) ? 2 : 1;
        return ((midnightAsUtc.Ticks - DateTime.UnixEpoch.Ticks) / TicksPerMicro) - (offsetHours * MicrosPerHour);
    }

    private static bool IsSummerTime(DateTime utc)
    {
        if (utc.Month is < 3 or > 10)
        {
            return false;
        }

        if (utc.Month is > 3 and < 10)
        {
            return true;
        }

        // The switch happens at 01:00 UTC on the month's last Sunday.
        var lastDay = new DateTime(utc.Year, utc.Month, 31, 1, 0, 0, DateTimeKind.Utc);
        var lastSunday = lastDay.AddDays(-(int)lastDay.DayOfWeek);
        return utc.Month == 3 ? utc >= lastSunday : utc < lastSunday;
    }
}
