using Attendance.Data.Contract;

namespace Attendance.Data.Generation;

/// <summary>
/// The generator's days: day 0 is <c>Today - Days</c>; each day's local (Copenhagen) midnight as a UTC instant
/// and its weekday. Daylight saving follows the EU rule (last Sunday of March to last Sunday of October), which
/// is all clinic hours need and keeps the output independent of the machine's time-zone database.
/// </summary>
internal sealed class RegionCalendar
{
    private readonly long[] _midnightUtcMicros;
    private readonly int[] _weekday;

    public RegionCalendar(DateOnly today, int historyDays, int horizonDays)
    {
        First = today.AddDays(-historyDays);
        TodayIndex = historyDays;
        Length = historyDays + horizonDays;
        _midnightUtcMicros = new long[Length + 7];
        _weekday = new int[Length + 7];
        for (var d = 0; d < _midnightUtcMicros.Length; d++)
        {
            var date = First.AddDays(d);
            var offsetHours = IsSummerTime(date) ? 2 : 1;
            var localMidnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            _midnightUtcMicros[d] = UtcMicros.FromInstant(localMidnight) - (offsetHours * 60 * UtcMicros.PerMinute);
            _weekday[d] = ((int)date.DayOfWeek + 6) % 7;
        }
    }

    public DateOnly First { get; }

    /// <summary>Index of "today".</summary>
    public int TodayIndex { get; }

    /// <summary>History and horizon days.</summary>
    public int Length { get; }

    /// <summary>UTC micros of today's local midnight: history starts before it.</summary>
    public long TodayMicros => _midnightUtcMicros[TodayIndex];

    /// <summary>0 = Monday .. 6 = Sunday.</summary>
    public int Weekday(int day) => _weekday[day];

    public long ToUtcMicros(int day, int localMinute) => _midnightUtcMicros[day] + (localMinute * UtcMicros.PerMinute);

    /// <summary>Moves a weekend day to the following Monday.</summary>
    public int NextWorkday(int day) => _weekday[day] switch
    {
        5 => day + 2,
        6 => day + 1,
        _ => day,
    };

    private static bool IsSummerTime(DateOnly date)
    {
        var start = LastSunday(date.Year, 3);
        var end = LastSunday(date.Year, 10);
        return date >= start && date < end;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
