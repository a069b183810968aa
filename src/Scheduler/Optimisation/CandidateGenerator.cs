using Attendance.Data.Contract;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Optimisation;

/// <summary>
/// Finds the eligible moves of a department and keeps the <see cref="OfferPolicy.CandidatesPerSlot"/> best (K) per
/// slot and channel.
/// </summary>
/// <remarks>
/// Entries are grouped by family and channel, each group sorted by a slot-independent upper bound on their value
/// (<see cref="UpperBound"/>). A slot's scan of a group stops as soon as its heap holds K candidates and the next
/// entry's bound cannot beat the worst of them: on a national instance most entries are never looked at.
/// Keeping the best K per slot and channel is exact when K ≥ the department's slot count: in an optimum using a
/// candidate outside a slot's list, one of the K better candidates of the same channel is unused (at most K − 1 other
/// slots exist) and can replace it without changing any row count. Otherwise a department whose scan cut anything is
/// marked <see cref="DepartmentCandidates.Restricted"/>.
/// </remarks>
internal static class CandidateGenerator
{
    public static DepartmentCandidates Generate(OfferInstance instance, DepartmentInstance department)
    {
        var rules = instance.Rules;
        var slots = instance.PreparedSlots;
        var entries = instance.PreparedEntries;
        var keep = rules.Policy.CandidatesPerSlot;
        var groups = Group(instance, department.Entries);
        var columns = new List<Candidate>();
        var cut = false;
        var heaps = new[] { new PriorityQueue<int, double>(keep + 1), new PriorityQueue<int, double>(keep + 1) };
        var slotColumns = new List<Candidate>(2 * keep);

        foreach (var s in department.Slots)
        {
            var slot = slots[s];
            if (slot.Row.Reserved == SlotReservation.Subacute)
            {
                continue;
            }

            if (slot.Row.Kind == SlotKind.SelfBook)
            {
                // A self-book ticket is for patients booking their own control in MinSP: the only choice is to release it or not.
                if (slot.Row.Reserved is null && rules.HasTicketNotice(slot))
                {
                    columns.Add(new Candidate(s, -1, OfferChannel.SelfBook, rules.Policy.SelfBookTicketValue));
                }

                continue;
            }

            foreach (var group in groups)
            {
                if ((slot.Family is not null && group.Family is not null && !string.Equals(slot.Family, group.Family, StringComparison.Ordinal))
                    || (slot.Row.Reserved == SlotReservation.NonDigital && group.Channel != OfferChannel.Phone))
                {
                    continue;
                }

                var heap = heaps[(int)group.Channel];
                for (var i = 0; i < group.Members.Length; i++)
                {
                    if (heap.Count == keep && heap.TryPeek(out _, out var worst) && group.Bounds[i] <= worst)
                    {
                        cut = true;
                        break; // bounds descend: no later member can beat the worst kept candidate
                    }

                    var entry = entries[group.Members[i]];
                    if (rules.Check(slot, entry) != Ineligibility.None)
                    {
                        continue;
                    }

                    var value = rules.Evaluate(slot, entry).Value;
                    if (heap.Count < keep)
                    {
                        heap.Enqueue(group.Members[i], value);
                    }
                    else
                    {
                        cut = true;
                        heap.EnqueueDequeue(group.Members[i], value);
                    }
                }
            }

            slotColumns.Clear();
            Drain(heaps[(int)OfferChannel.FastPass], s, OfferChannel.FastPass, slotColumns);
            Drain(heaps[(int)OfferChannel.Phone], s, OfferChannel.Phone, slotColumns);

            // Best first, ties by entry order (registration), so ranks and columns are deterministic.
            slotColumns.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Entry.CompareTo(b.Entry));
            columns.AddRange(slotColumns);
        }

        return new DepartmentCandidates(department, [.. columns], cut && keep < department.Slots.Length);
    }

    /// <summary>
    /// The most an entry can be worth on any slot taking part (slots start at or after now, so days gained are at most
    /// those from now): w · a · min(cap, (r − now) / day) + the bonus when it has a deadline its booking misses + tie-break.
    /// </summary>
    internal static double UpperBound(OfferRules rules, PreparedEntry entry)
    {
        var policy = rules.Policy;
        var days = (entry.ReferenceMicros - rules.NowMicros) / (double)UtcMicros.PerDay;
        var bonus = entry.Row.DueBy is not null && !entry.CurrentMeetsDeadline ? policy.DeadlineBonus : 0;
        return (entry.Weight * entry.Attendance * Math.Clamp(days, 0, policy.DaysGainedCap)) + bonus + entry.TieBreak;
    }

    private static void Drain(PriorityQueue<int, double> heap, int slot, OfferChannel channel, List<Candidate> into)
    {
        while (heap.TryDequeue(out var entry, out var value))
        {
            into.Add(new Candidate(slot, entry, channel, value));
        }
    }

    /// <summary>Entries by family (null = any) and channel, each group by upper bound descending, ties by registration.</summary>
    private static List<EntryGroup> Group(OfferInstance instance, int[] members) =>
        [.. members
            .GroupBy(e => (Family: instance.PreparedEntries[e].Family ?? "", instance.PreparedEntries[e].Channel))
            .Select(g =>
            {
                var sorted = g.Select(e => (Entry: e, Bound: UpperBound(instance.Rules, instance.PreparedEntries[e])))
                    .OrderByDescending(x => x.Bound).ThenBy(x => x.Entry).ToArray();
                return new EntryGroup(g.Key.Family.Length == 0 ? null : g.Key.Family, g.Key.Channel, [.. sorted.Select(x => x.Entry)], [.. sorted.Select(x => x.Bound)]);
            })];

    private sealed record EntryGroup(string? Family, OfferChannel Channel, int[] Members, double[] Bounds);
}
