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
    /// <summary>Sum of the offers' values.</summary>
    public double TotalValue => Offers.Sum(static o => o.Value);
}
