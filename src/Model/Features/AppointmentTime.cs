using Attendance.Data.Contract;

namespace Attendance.Model.Features;

/// <summary>The time rules of the as-of rule, in one place.</summary>
public static class AppointmentTime
{
    /// <summary>When an appointment's outcome becomes usable: start_at + duration_min (0 when absent).</summary>
    public static long EndMicros(long startMicros, int? durationMin) =>
        startMicros + ((long)Math.Max(durationMin ?? 0, 0) * UtcMicros.PerMinute);

    /// <summary>An outcome may be used at <paramref name="cutoffMicros"/> only if it ended strictly before it.</summary>
    public static bool IsKnownAt(long endMicros, long cutoffMicros) => endMicros < cutoffMicros;

    /// <summary>The training cut-off of an appointment: start_at − horizon.</summary>
    public static long TrainingCutoff(long startMicros, TimeSpan horizon) => startMicros - (horizon.Ticks / 10);
}
