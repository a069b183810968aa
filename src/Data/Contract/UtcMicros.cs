namespace Attendance.Data.Contract;

/// <summary>Conversions between the contract's time encodings and .NET types.</summary>
public static class UtcMicros
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Microseconds since the Unix epoch (UTC) → instant.</summary>
    public static DateTimeOffset ToInstant(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);

    /// <summary>Instant → microseconds since the Unix epoch (sub-microsecond ticks are truncated).</summary>
    public static long FromInstant(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>Days since 1970-01-01 → date.</summary>
    public static DateOnly ToDate(int days) => DateOnly.FromDayNumber(EpochDayNumber + days);

    /// <summary>Date → days since 1970-01-01.</summary>
    public static int FromDate(DateOnly date) => date.DayNumber - EpochDayNumber;

    /// <summary>Microseconds per day.</summary>
    public const long PerDay = 86_400_000_000L;

    /// <summary>Microseconds per minute.</summary>
    public const long PerMinute = 60_000_000L;
}
