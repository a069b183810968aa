using Attendance.Scheduler.Inputs;

namespace Attendance.Scheduler.Offers;

/// <summary>Turns a chosen move or ticket into an <see cref="Offer"/> row; shared by the optimiser and the baseline.</summary>
internal static class OfferBuilder
{
    public static Offer Move(OfferInstance instance, int slotIndex, int entryIndex, int rank, int considered, bool baseline)
    {
        var slot = instance.PreparedSlots[slotIndex];
        var entry = instance.PreparedEntries[entryIndex];
        var evaluation = instance.Rules.Evaluate(slot, entry);
        var e = entry.Row;
        return new Offer(
            $"{slot.Row.SlotId}/{e.EntryId}",
            slot.Row.SlotId,
            e.EntryId,
            e.PatientId,
            slot.Row.Department,
            slot.Row.StartAt,
            entry.Channel,
            evaluation.Value,
            evaluation.ExpectedAttendance,
            evaluation.DaysGained,
            evaluation.MeetsDeadline,
            rank,
            OfferReasons.ForMove(e, evaluation, rank, considered, instance.Rules.Policy, baseline),
            e.CurrentBookingId);
    }

    public static Offer Ticket(OfferInstance instance, int slotIndex, int rank)
    {
        var slot = instance.PreparedSlots[slotIndex].Row;
        var policy = instance.Rules.Policy;
        return new Offer(
            $"{slot.SlotId}/ticket", slot.SlotId, null, null, slot.Department, slot.StartAt, OfferChannel.SelfBook,
            policy.SelfBookTicketValue, null, null, null, rank, OfferReasons.ForTicket(policy), null);
    }
}
