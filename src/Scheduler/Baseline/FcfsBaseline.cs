using Attendance.Data.Contract;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;

namespace Attendance.Scheduler.Baseline;

/// <summary>
/// Today's practice, for comparison: each freed slot, in time order, is broadcast by fast-pass to the first K
/// eligible digital entries by registration (K = <see cref="OfferPolicy.BaselineBroadcastSize"/>); the first to
/// accept gets it. It obeys the same hard reservations as the optimiser (subacute and non_digital slots are never
/// broadcast, self-book tickets are left to self-booking, and per department-day at most the digital cap of slots is), so its moves are a feasible point of
/// the optimiser's model — which is why the optimiser's value can never be lower.
/// </summary>
public static class FcfsBaseline
{
    /// <summary>Runs the broadcast with every recipient accepting, the first in the list first.</summary>
    public static BaselineResult Run(OfferInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var broadcast = new List<Offer>();
        var filled = new List<Offer>();
        foreach (var department in instance.Departments)
        {
            var moved = new HashSet<int>();
            foreach (var (slot, recipients) in Broadcasts(instance, department, moved))
            {
                for (var k = 0; k < recipients.Count; k++)
                {
                    broadcast.Add(OfferBuilder.Move(instance, slot, recipients[k], k + 1, recipients.Count, baseline: true));
                }

                if (recipients.Count > 0)
                {
                    moved.Add(recipients[0]);
                    filled.Add(OfferBuilder.Move(instance, slot, recipients[0], 1, recipients.Count, baseline: true));
                }
            }
        }

        return new BaselineResult(broadcast, filled);
    }

    /// <summary>
    /// The department's broadcast slots in time order with their recipients (instance entry indices, registration
    /// order), skipping entries in <paramref name="excluded"/> as it stands when each slot is reached: the caller
    /// may add to it between slots (those who accepted leave the list).
    /// </summary>
    internal static IEnumerable<(int Slot, List<int> Recipients)> Broadcasts(OfferInstance instance, DepartmentInstance department, ISet<int> excluded)
    {
        var rules = instance.Rules;
        var limits = DepartmentLimits.For(instance, department);
        var sent = new Dictionary<DateOnly, int>();
        var size = rules.Policy.BaselineBroadcastSize;
        foreach (var s in department.Slots)
        {
            var slot = instance.PreparedSlots[s];
            if (slot.Row.Kind == SlotKind.SelfBook
                || slot.Row.Reserved is SlotReservation.Subacute or SlotReservation.NonDigital
                || sent.GetValueOrDefault(slot.Day) >= limits.DigitalCapByDay[slot.Day])
            {
                continue;
            }

            var recipients = new List<int>(size);
            foreach (var e in department.Entries)
            {
                var entry = instance.PreparedEntries[e];
                if (entry.Channel == OfferChannel.FastPass && !excluded.Contains(e) && rules.Check(slot, entry) == Ineligibility.None)
                {
                    recipients.Add(e);
                    if (recipients.Count == size)
                    {
                        break;
                    }
                }
            }

            if (recipients.Count > 0)
            {
                sent[slot.Day] = sent.GetValueOrDefault(slot.Day) + 1;
                yield return (s, recipients);
            }
        }
    }
}
