using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Optimisation;

/// <summary>The offers of one run and how each department went.</summary>
/// <param name="Offers">Offers by department, then slot start.</param>
/// <param name="Departments">One summary per department, by name.</param>
/// <param name="Skips">Input rows left out.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
public sealed record ScheduleResult(IReadOnlyList<Offer> Offers, IReadOnlyList<DepartmentSummary> Departments, InputSkips Skips, TimeSpan Elapsed)
{
    /// <summary>
    /// For each offered slot, up to <see cref="OfferOptimizerOptions.AlternativesPerSlot"/> of its other candidates in
    /// the offer's channel, by rank (the same columns and order the optimiser ranked; their entries may serve other
    /// slots in <see cref="Offers"/>). Empty unless asked for.
    /// </summary>
    public IReadOnlyList<Offer> Alternatives { get; init; } = [];

    /// <summary>Sum of the offers' values.</summary>
    public double TotalValue => Offers.Sum(static o => o.Value);
}
