using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Simulation;

/// <summary>How <see cref="OfferSimulation"/> replays days.</summary>
public sealed record SimulationOptions
{
    /// <summary>Independent synthetic days replayed per policy.</summary>
    /// <value>Default 10.</value>
    public int Days { get; init; } = 10;

    /// <summary>Offer rounds per day; declined or unanswered slots and the cascade's freed slots go to the next round.</summary>
    /// <value>Default 4.</value>
    public int RoundsPerDay { get; init; } = 4;

    /// <summary>Time between rounds (notice shrinks by it).</summary>
    /// <value>Default 2 hours.</value>
    public TimeSpan RoundSpacing { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Shape of each day (its seed is varied per day; self-book tickets are left out: nobody accepts them here).</summary>
    /// <value>Default 400 slots, 4,000 entries, 4 departments.</value>
    public SyntheticDayOptions Day { get; init; } = new() { Slots = 400, Entries = 4_000, Departments = 4, SelfBookShare = 0 };

    /// <summary>The policy of the optimiser runs (the FCFS run uses its broadcast size and reserve).</summary>
    /// <value>Default <see cref="OfferPolicy.Default"/>.</value>
    public OfferPolicy Policy { get; init; } = OfferPolicy.Default;

    /// <summary>Acceptance rate the FCFS baseline is calibrated to.</summary>
    /// <value>Default 0.11 (field figure).</value>
    public double FcfsAcceptanceTarget { get; init; } = 0.11;

    /// <summary>Days used for calibration (the first ones of the replay).</summary>
    /// <value>Default 3.</value>
    public int CalibrationDays { get; init; } = 3;

    /// <summary>Seed of the days and the acceptance draws.</summary>
    /// <value>Default 1.</value>
    public int Seed { get; init; } = 1;
}
