using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Baseline;

/// <summary>What the FCFS broadcast does on an instance.</summary>
/// <param name="Broadcast">Every offer sent: up to K per broadcast slot, rank = position by registration.</param>
/// <param name="Filled">The moves made when the first recipient still waiting accepts each slot (slots in time order).</param>
public sealed record BaselineResult(IReadOnlyList<Offer> Broadcast, IReadOnlyList<Offer> Filled)
{
    /// <summary>Sum of the values of the moves made.</summary>
    public double FilledValue => Filled.Sum(static o => o.Value);
}
