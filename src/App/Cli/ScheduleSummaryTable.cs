using System.Globalization;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Spectre.Console;

namespace Attendance.App.Cli;

/// <summary>The per-department summary of <c>attendance schedule</c>.</summary>
internal static class ScheduleSummaryTable
{
    public static Table Create(ScheduleResult result, OfferPolicy policy)
    {
        var table = new Table()
            .AddColumn("department")
            .AddColumn(new TableColumn("free").RightAligned())
            .AddColumn(new TableColumn("reserved").RightAligned())
            .AddColumn(new TableColumn(string.Create(CultureInfo.InvariantCulture, $"kept from digital (≥{policy.ReserveShare:P0}/day)")).RightAligned())
            .AddColumn(new TableColumn("fast_pass").RightAligned())
            .AddColumn(new TableColumn("phone").RightAligned())
            .AddColumn(new TableColumn("tickets").RightAligned())
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn("LP bound").RightAligned())
            .AddColumn(new TableColumn("gap").RightAligned())
            .AddColumn("status")
            .AddColumn(new TableColumn("time").RightAligned());
        foreach (var d in result.Departments)
        {
            table.AddRow(
                Markup.Escape(d.Department),
                Int(d.FreeSlots),
                Int(d.HardReserved),
                Int(d.KeptFromDigital),
                Int(d.FastPass),
                Int(d.Phone),
                Int(d.Tickets),
                Num(d.Value),
                double.IsNaN(d.LpBound) ? "–" : Num(d.LpBound),
                double.IsFinite(d.Gap) ? d.Gap.ToString("P2", CultureInfo.InvariantCulture) : "–",
                Status(d),
                d.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        }

        var departments = result.Departments;
        table.AddRow(
            "[bold]total[/]",
            Int(departments.Sum(d => d.FreeSlots)),
            Int(departments.Sum(d => d.HardReserved)),
            Int(departments.Sum(d => d.KeptFromDigital)),
            Int(departments.Sum(d => d.FastPass)),
            Int(departments.Sum(d => d.Phone)),
            Int(departments.Sum(d => d.Tickets)),
            Num(departments.Sum(d => d.Value)),
            "",
            "",
            "",
            result.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        return table;
    }

    public static string Skips(InputSkips skips) => string.Create(CultureInfo.InvariantCulture,
        $"Skipped: {skips.SlotsInPast} slots in the past, {skips.SlotsOverlapping} slots overlapping an earlier slot of their resource, " +
        $"{skips.EntriesWithoutSlots} entries of departments without slots; noted: {skips.SlotsWithoutEntries} slots of departments without entries, " +
        $"{skips.EntriesHoldingASlot} entries holding one of the slots (never offered their own).");

    private static string Status(DepartmentSummary d)
    {
        var text = d.Status switch
        {
            null => "nothing to offer",
            { } status when d.UsedGreedyFallback => $"{status}, greedy",
            { } status => status.ToString(),
        };
        return Markup.Escape(d.Restricted ? text + string.Create(CultureInfo.InvariantCulture, $" (pruned, {d.Solves} solves)") : text);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
