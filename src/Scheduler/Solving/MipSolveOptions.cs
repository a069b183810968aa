using System.Globalization;

namespace Attendance.Scheduler.Solving;

/// <summary>Limits and tolerances for one solve.</summary>
public sealed record MipSolveOptions
{
    /// <summary>Wall-clock limit for the whole solve, LP relaxation included.</summary>
    /// <value>Default 60 seconds; must be positive.</value>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Threads for CBC's branch and bound.</summary>
    /// <value>Default 1: measured, 2 threads gained nothing on assignment instances; parallelise across problems instead.</value>
    public int Threads { get; init; } = 1;

    /// <summary>Stop when the relative gap between incumbent and bound falls to this.</summary>
    /// <value>Default 0 (prove optimality up to CBC's own tolerances).</value>
    public double RelativeGap { get; init; }

    /// <summary>Stop when the absolute gap between incumbent and bound falls to this.</summary>
    /// <value>Default 1e-9.</value>
    public double AbsoluteGap { get; init; } = 1e-9;

    /// <summary>How far an LP value may be from an integer and still count as integral (it is then rounded).</summary>
    /// <value>Default 1e-7, CBC's own integer tolerance.</value>
    public double IntegralityTolerance { get; init; } = 1e-7;

    /// <summary>CBC log level; CBC writes its log to the process's standard output.</summary>
    /// <value>Default 0 (silent). Values 1 to 4 are for diagnosis only.</value>
    public int LogLevel { get; init; }

    /// <summary>Options with the defaults above.</summary>
    public static MipSolveOptions Default { get; } = new();

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (TimeLimit <= TimeSpan.Zero || TimeLimit > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeLimit), TimeLimit, "The time limit must be positive and at most a day.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1, nameof(Threads));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Threads, 64, nameof(Threads));
        RequireInRange(RelativeGap, 0, 1, nameof(RelativeGap));
        RequireInRange(AbsoluteGap, 0, double.MaxValue, nameof(AbsoluteGap));
        RequireInRange(IntegralityTolerance, 0, 0.5, nameof(IntegralityTolerance));
        ArgumentOutOfRangeException.ThrowIfLessThan(LogLevel, 0, nameof(LogLevel));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(LogLevel, 4, nameof(LogLevel));
    }

    private static void RequireInRange(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(CultureInfo.InvariantCulture, $"Must be a number in [{min}, {max}]."));
        }
    }
}
