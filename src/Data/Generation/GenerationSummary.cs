namespace Attendance.Data.Generation;

/// <summary>What the generator wrote, its marginal rates and the Bayes-optimal AUC of its truth.</summary>
public sealed record GenerationSummary
{
    public DateOnly Today { get; init; }
    public long HistoryRows { get; init; }
    public long LabelledRows { get; init; }
    public long NoShows { get; init; }
    public long Cancelled { get; init; }
    public long Rescheduled { get; init; }

    /// <summary>History rows whose booked_at lies after start_at (deliberate data-entry errors).</summary>
    public long BookedAfterStart { get; init; }

    public long BookingRows { get; init; }
    public long SlotRows { get; init; }
    public long SelfBookSlots { get; init; }
    public long SubacuteSlots { get; init; }
    public long NonDigitalSlots { get; init; }
    public long WaitlistRows { get; init; }
    public long WaitlistDigital { get; init; }
    public long WaitlistWithDueBy { get; init; }
    public long WaitlistWithCurrentBooking { get; init; }

    /// <summary>AUC of the true probability against the realised label over labelled history rows.</summary>
    public double BayesAuc { get; init; }

    /// <summary>Mean true probability over labelled history rows (should match <see cref="NoShowRate"/>).</summary>
    public double MeanTrueProbability { get; init; }

    /// <summary>no_show / (attended + no_show).</summary>
    public double NoShowRate => Ratio(NoShows, LabelledRows);

    /// <summary>cancelled / all history rows.</summary>
    public double CancellationRate => Ratio(Cancelled, HistoryRows);

    /// <summary>rescheduled / all history rows.</summary>
    public double RescheduledRate => Ratio(Rescheduled, HistoryRows);

    /// <summary>Digital users among waiting-list entries.</summary>
    public double WaitlistDigitalShare => Ratio(WaitlistDigital, WaitlistRows);

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
