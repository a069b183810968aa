using Attendance.Data.Contract;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Optimisation;

/// <summary>
/// Finds the eligible moves of a department and keeps the <see cref="OfferPolicy.CandidatesPerSlot"/> best per slot
/// and channel. Entries are grouped by family and sorted by reference time (latest first), so the scan of a slot
/// stops at the first entry whose booking is not late enough for the minimum gain.
/// </summary>
/// <remarks>
/// Keeping the best K per slot and channel is exact when K ≥ the department's slot count: in an optimum using a
/// candidate outside a slot's list, one of the K better candidates of the same channel is unused (at most K − 1 other
/// slots exist) and can replace it without changing any row count. Otherwise <see cref="DepartmentCandidates.Restricted"/> is set.
/// </remarks>
internal static class CandidateGenerator
{
    public static DepartmentCandidates Generate(OfferInstance instance, DepartmentInstance department)
    {
        var rules = instance.Rules;
        var slots = instance.PreparedSlots;
        var entries = instance.PreparedEntries;
        var keep = rules.Policy.CandidatesPerSlot;
        var groups = GroupByFamily(entries, department.Entries);
        var columns = new List<Candidate>();
        var eligible = new Dictionary<int, int>(department.Slots.Length);
        var restricted = false;
        var fastPass = new PriorityQueue<int, double>(keep + 1);
        var phone = new PriorityQueue<int, double>(keep + 1);
        var slotColumns = new List<Candidate>(2 * keep + 1);

        foreach (var s in department.Slots)
        {
            var slot = slots[s];
            if (slot.Row.Reserved == SlotReservation.Subacute)
            {
                continue;
            }

            slotColumns.Clear();
            if (slot.Row.Kind == SlotKind.SelfBook)
            {
                // A self-book ticket is for patients booking their own control in MinSP: the only choice is to release it or not.
                if (slot.Row.Reserved is null && rules.HasTicketNotice(slot))
                {
                    columns.Add(new Candidate(s, -1, OfferChannel.SelfBook, rules.Policy.SelfBookTicketValue));
                }

                continue;
            }

            var count = 0;
            foreach (var (family, members) in groups)
            {
                if (slot.Family is not null && family is not null && !string.Equals(slot.Family, family, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var e in members)
                {
                    var entry = entries[e];
                    if (entry.ReferenceMicros - rules.MinimumGainMicros < slot.StartMicros)
                    {
                        break; // sorted by reference, latest first: no later member gains enough either
                    }

                    if (rules.Check(slot, entry) != Ineligibility.None)
                    {
                        continue;
                    }

                    count++;
                    var heap = entry.Channel == OfferChannel.Phone ? phone : fastPass;
                    var value = rules.Evaluate(slot, entry).Value;
                    if (heap.Count < keep)
                    {
                        heap.Enqueue(e, value);
                    }
                    else
                    {
                        restricted = true;
                        heap.EnqueueDequeue(e, value);
                    }
                }
            }

            eligible[s] = count;
            Drain(fastPass, s, OfferChannel.FastPass, slotColumns);
            Drain(phone, s, OfferChannel.Phone, slotColumns);

            // Best first, ties by entry order (registration), so ranks and columns are deterministic.
            slotColumns.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Entry.CompareTo(b.Entry));
            columns.AddRange(slotColumns);
        }

        // Pruning is exact when every slot kept at least as many candidates per channel as the department has slots.
        return new DepartmentCandidates(department, [.. columns], eligible, restricted && keep < department.Slots.Length);
    }

    private static void Drain(PriorityQueue<int, double> heap, int slot, OfferChannel channel, List<Candidate> into)
    {
        while (heap.TryDequeue(out var entry, out var value))
        {
            into.Add(new Candidate(slot, entry, channel, value));
        }
    }

    /// <summary>Entries by family (null = any), each group latest reference first.</summary>
    private static List<(string? Family, int[] Members)> GroupByFamily(PreparedEntry[] entries, int[] members) =>
        [.. members
            .GroupBy(e => entries[e].Family ?? "")
            .Select(g => (g.Key.Length == 0 ? null : g.Key, g.OrderByDescending(e => entries[e].ReferenceMicros).ThenBy(e => e).ToArray()))];
}
