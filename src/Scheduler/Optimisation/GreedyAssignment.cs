using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Optimisation;

/// <summary>
/// Best value first, taking a candidate whenever its slot, entry, phone budget and digital day cap allow. Feasible
/// by construction: the fallback when the solver stops without an incumbent.
/// </summary>
internal static class GreedyAssignment
{
    public static List<int> Choose(OfferInstance instance, DepartmentCandidates candidates, DepartmentLimits limits)
    {
        var columns = candidates.Columns;
        var order = Enumerable.Range(0, columns.Length).OrderByDescending(j => columns[j].Value).ThenBy(j => j);
        var usedSlots = new HashSet<int>();
        var usedEntries = new HashSet<int>();
        var digital = new Dictionary<DateOnly, int>();
        var phone = 0;
        var chosen = new List<int>();
        foreach (var j in order)
        {
            var c = columns[j];
            var day = instance.PreparedSlots[c.Slot].Day;
            if (usedSlots.Contains(c.Slot) || (c.Entry >= 0 && usedEntries.Contains(c.Entry)))
            {
                continue;
            }

            if (c.Channel == OfferChannel.Phone ? phone >= limits.PhoneCap : digital.GetValueOrDefault(day) >= limits.DigitalCapByDay[day])
            {
                continue;
            }

            usedSlots.Add(c.Slot);
            if (c.Entry >= 0)
            {
                usedEntries.Add(c.Entry);
            }

            if (c.Channel == OfferChannel.Phone)
            {
                phone++;
            }
            else
            {
                digital[day] = digital.GetValueOrDefault(day) + 1;
            }

            chosen.Add(j);
        }

        return chosen;
    }
}
