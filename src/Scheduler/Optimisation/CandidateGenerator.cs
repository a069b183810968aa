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

    public static DepartmentCandidates Generate(OfferInstance instance, DepartmentInstance department) =>
        Generate(instance, department, department.Slots, excluded: null, blocked: null);

    /// <summary>
    /// After a solve: the candidates plus, for every slot left without an offer whose channel still has room (day's
    /// digital cap, phone calls), the best K among the entries the solution leaves unassigned; null when that adds no column.
    /// </summary>
    public static DepartmentCandidates? Augment(OfferInstance instance, DepartmentInstance department, DepartmentCandidates current,
        List<int> chosen, DepartmentLimits limits)
    {
        var assigned = new HashSet<int>();
        var filled = new HashSet<int>();
        var digital = new Dictionary<DateOnly, int>();
        var phone = 0;
        foreach (var j in chosen)
        {
            var c = current.Columns[j];
            filled.Add(c.Slot);
            if (c.Entry >= 0)
            {
                assigned.Add(c.Entry);
            }

            if (c.Channel == OfferChannel.Phone)
            {
                phone++;
            }
            else
            {
                var day = instance.PreparedSlots[c.Slot].Day;
                digital[day] = digital.GetValueOrDefault(day) + 1;
            }
        }

        var starved = department.Slots.Where(s => !filled.Contains(s)).ToArray();
        var fresh = Generate(instance, department, starved, assigned, (slot, channel) => channel == OfferChannel.Phone
            ? phone >= limits.PhoneCap
            : digital.GetValueOrDefault(slot.Day) >= limits.DigitalCapByDay[slot.Day]);
        var known = current.Columns.Select(static c => (c.Slot, c.Entry)).ToHashSet();
        var added = fresh.Columns.Where(c => c.Entry >= 0 && !known.Contains((c.Slot, c.Entry))).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        // Keep a slot's columns contiguous and best first (ranks are read off that order).
        var order = department.Slots.Select((slot, i) => (slot, i)).ToDictionary(x => x.slot, x => x.i);
        Candidate[] merged = [.. current.Columns.Concat(added)
            .OrderBy(c => order[c.Slot]).ThenByDescending(c => c.Value).ThenBy(c => c.Entry)];
        return new DepartmentCandidates(department, merged, current.Restricted);
    }

    /// <summary>Candidates of <paramref name="slotIndices"/> among entries not in <paramref name="excluded"/>, skipping a slot's channel when <paramref name="blocked"/> says its limit is used up.</summary>
    private static DepartmentCandidates Generate(OfferInstance instance, DepartmentInstance department, int[] slotIndices, HashSet<int>? excluded,
        Func<PreparedSlot, OfferChannel, bool>? blocked)
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

        // When K cannot be exact anyway, entries that headed an earlier slot's list compete only for a few extra places
        // (keepHeads) in later lists: otherwise the same high-value entries head every list and most slots starve
        // (measured: half the national optimum lost). Slots come in time order, so deadline-meeting early slots list first.
        // Only when entries outnumber slots: with fewer, most entries get a slot anyway and augmentation refills the
        // few starved slots, while spreading would cost value (1.1% on the generated region of data/).
        var spread = keep < department.Slots.Length && department.Entries.Length > department.Slots.Length;
        var keepHeads = spread ? Math.Min(3, keep) : 0; // measured 0, 1, 3, 5 (K = 20): 3 is best on both scales (benchmarks/RESULTS.md)
        var heads = new HashSet<int>();
        var headHeaps = new[] { new PriorityQueue<int, double>(keepHeads + 1), new PriorityQueue<int, double>(keepHeads + 1) };

        foreach (var s in slotIndices)
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
                    || (slot.Row.Reserved == SlotReservation.NonDigital && group.Channel != OfferChannel.Phone)
                    || blocked?.Invoke(slot, group.Channel) == true)
                {
                    continue;
                }

                var heap = heaps[(int)group.Channel];
                var headHeap = headHeaps[(int)group.Channel];
                for (var i = 0; i < group.Members.Length; i++)
                {
                    var member = group.Members[i];
                    if (IsFull(heap, keep, group.Bounds[i]) && IsFull(headHeap, keepHeads, group.Bounds[i]))
                    {
                        cut = true;
                        break; // bounds descend: no later member can beat the worst kept candidate
                    }

                    if (excluded?.Contains(member) == true || rules.Check(slot, entries[member]) != Ineligibility.None)
                    {
                        continue;
                    }

                    var value = rules.Evaluate(slot, entries[member]).Value;
                    cut |= heads.Contains(member) ? Push(headHeap, keepHeads, member, value) : Push(heap, keep, member, value);
                }
            }

            slotColumns.Clear();
            Drain(heaps[(int)OfferChannel.FastPass], s, OfferChannel.FastPass, slotColumns);
            Drain(heaps[(int)OfferChannel.Phone], s, OfferChannel.Phone, slotColumns);
            if (spread && slotColumns.Count > 0)
            {
                // The best entry that was not yet a head becomes one: later lists move on to the next entries.
                heads.Add(slotColumns.MaxBy(static c => (c.Value, -c.Entry)).Entry);
            }

            Drain(headHeaps[(int)OfferChannel.FastPass], s, OfferChannel.FastPass, slotColumns);
            Drain(headHeaps[(int)OfferChannel.Phone], s, OfferChannel.Phone, slotColumns);

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

    /// <summary>True when the heap holds its capacity and <paramref name="bound"/> cannot beat its worst (a 0-capacity heap is always full).</summary>
    private static bool IsFull(PriorityQueue<int, double> heap, int capacity, double bound) =>
        heap.Count >= capacity && (capacity == 0 || (heap.TryPeek(out _, out var worst) && bound <= worst));

    /// <summary>Adds a candidate to a bounded heap; true when something was cut (the heap was full).</summary>
    private static bool Push(PriorityQueue<int, double> heap, int capacity, int entry, double value)
    {
        if (heap.Count < capacity)
        {
            heap.Enqueue(entry, value);
            return false;
        }

        if (capacity > 0)
        {
            heap.EnqueueDequeue(entry, value);
        }

        return true;
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
