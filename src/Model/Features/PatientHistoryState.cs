using Attendance.Data.Contract;

namespace Attendance.Model.Features;

/// <summary>
/// What one patient's past tells as of a cut-off, folded from the outcomes that ended strictly before
/// it. The same accumulator serves training (a sweep adding outcomes in end order while the cut-off
/// advances) and scoring (one fold of the history file, in any order): every field is a sum, a count or
/// a maximum, so the result does not depend on the order outcomes are added in.
/// </summary>
/// <remarks>
/// Invariants: the default value is "no history"; <see cref="LastEndMicros"/> and <see cref="LastOutcome"/>
/// are meaningful only when <see cref="Known"/> &gt; 0, <see cref="LastNoShowEndMicros"/> and the recency
/// sum only when <see cref="NoShows"/> &gt; 0.
/// </remarks>
public struct PatientHistoryState
{
    private long recentReferenceMicros;
    private double recentNoShows;

    /// <summary>Attended and no-show appointments.</summary>
    public int Appointments { get; private set; }

    /// <summary>No-shows.</summary>
    public int NoShows { get; private set; }

    /// <summary>Cancelled and rescheduled appointments.</summary>
    public int Cancellations { get; private set; }

    /// <summary>All appointments folded in (any outcome).</summary>
    public readonly int Known => Appointments + Cancellations;

    /// <summary>End of the latest appointment folded in.</summary>
    public long LastEndMicros { get; private set; }

    /// <summary>Outcome of the latest appointment (ties on the end time: the larger outcome code, so order never matters).</summary>
    public Outcome LastOutcome { get; private set; }

    /// <summary>End of the latest no-show.</summary>
    public long LastNoShowEndMicros { get; private set; }

    /// <summary>
    /// Folds in one past appointment. The caller guarantees the as-of rule: it ended
    /// (start_at + duration_min) strictly before the cut-off the state is read at.
    /// </summary>
    /// <param name="endMicros">start_at + duration_min (0 when absent), UTC micros.</param>
    /// <param name="outcome">Its outcome.</param>
    /// <param name="memoryMicros">Time constant of the recency-weighted no-show count.</param>
    public void Add(long endMicros, Outcome outcome, double memoryMicros)
    {
        if (Known == 0 || endMicros > LastEndMicros || (endMicros == LastEndMicros && outcome > LastOutcome))
        {
            LastEndMicros = endMicros;
            LastOutcome = outcome;
        }

        switch (outcome)
        {
            case Outcome.Attended:
                Appointments++;
                break;
            case Outcome.NoShow:
                Appointments++;
                AddNoShow(endMicros, memoryMicros);
                break;
            default:
                Cancellations++;
                break;
        }
    }

    /// <summary>Σ exp(−(cut-off − end) / memory) over no-shows; needs cut-off ≥ every end folded in.</summary>
    public readonly double RecentNoShows(long cutoffMicros, double memoryMicros) =>
        NoShows == 0 ? 0 : recentNoShows * Math.Exp(-(cutoffMicros - recentReferenceMicros) / memoryMicros);

    private void AddNoShow(long endMicros, double memoryMicros)
    {
        // The sum is kept relative to the latest no-show end, so it neither overflows nor depends on order.
        if (NoShows == 0)
        {
            recentReferenceMicros = endMicros;
            recentNoShows = 1;
        }
        else if (endMicros > recentReferenceMicros)
        {
            recentNoShows = (recentNoShows * Math.Exp(-(endMicros - recentReferenceMicros) / memoryMicros)) + 1;
            recentReferenceMicros = endMicros;
        }
        else
        {
            recentNoShows += Math.Exp(-(recentReferenceMicros - endMicros) / memoryMicros);
        }

        LastNoShowEndMicros = NoShows == 0 ? endMicros : Math.Max(LastNoShowEndMicros, endMicros);
        NoShows++;
    }
}
