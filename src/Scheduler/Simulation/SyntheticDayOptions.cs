namespace Attendance.Scheduler.Simulation;

/// <summary>Size and shape of a synthetic scheduling day (<see cref="SyntheticDay"/>).</summary>
public sealed record SyntheticDayOptions
{
    /// <summary>Random seed; the same options give the same rows.</summary>
    /// <value>Default 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Free slots.</summary>
    /// <value>Default 2,000 (a region's day of cancellations and open times over the horizon).</value>
    public int Slots { get; init; } = 2_000;

    /// <summary>Waiting-list entries.</summary>
    /// <value>Default 20,000.</value>
    public int Entries { get; init; } = 20_000;

    /// <summary>Departments.</summary>
    /// <value>Default 13 (Region Sjælland's outpatient specialities in the generator).</value>
    public int Departments { get; init; } = 13;

    /// <summary>Calendar days ahead that slots fall on.</summary>
    /// <value>Default 14.</value>
    public int HorizonDays { get; init; } = 14;

    /// <summary>Share of slots marked subacute.</summary>
    /// <value>Default 0.05.</value>
    public double SubacuteShare { get; init; } = 0.05;

    /// <summary>Share of slots marked non_digital.</summary>
    /// <value>Default 0.10.</value>
    public double NonDigitalShare { get; init; } = 0.10;

    /// <summary>Share of slots that are self-book tickets.</summary>
    /// <value>Default 0.08.</value>
    public double SelfBookShare { get; init; } = 0.08;

    /// <summary>Share of entries that use MinSP.</summary>
    /// <value>Default 0.75.</value>
    public double DigitalShare { get; init; } = 0.75;

    /// <summary>The moment offers go out (slots and bookings lie after it).</summary>
    /// <value>Default 2026-03-02 06:00 UTC (a Monday morning in Copenhagen).</value>
    public DateTimeOffset Now { get; init; } = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
}
