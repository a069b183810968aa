namespace Attendance.Scheduler.Offers;

/// <summary>A suggested offer (a row of the offers file, see docs/scheduler.md "Output").</summary>
/// <param name="OfferId">Deterministic id: <c>slot_id/entry_id</c>, or <c>slot_id/ticket</c> for a self-book ticket.</param>
/// <param name="SlotId">The slot offered.</param>
/// <param name="EntryId">The waiting-list entry, or null for a self-book ticket.</param>
/// <param name="PatientId">The entry's patient, or null for a ticket.</param>
/// <param name="Department">The slot's department.</param>
/// <param name="SlotStartAt">The slot's start.</param>
/// <param name="Channel">How it goes out.</param>
/// <param name="Value">The model's value of the move.</param>
/// <param name="ExpectedAttendance">1 − no-show probability, or null for a ticket.</param>
/// <param name="DaysGained">Days earlier than the current booking (or the unbooked wait), or null for a ticket.</param>
/// <param name="MeetsDeadline">Whether the slot meets the entry's due_by; null without one.</param>
/// <param name="Rank">1-based position of this entry among the slot's candidates by value (optimiser) or in the broadcast list (baseline).</param>
/// <param name="Reason">Why this patient, in words for the calendar administrator.</param>
/// <param name="FreesBookingId">The booking an acceptance frees (the cascade's next slot), or null.</param>
public sealed record Offer(
    string OfferId,
    string SlotId,
    string? EntryId,
    string? PatientId,
    string Department,
    DateTimeOffset SlotStartAt,
    OfferChannel Channel,
    double Value,
    double? ExpectedAttendance,
    double? DaysGained,
    bool? MeetsDeadline,
    int Rank,
    string Reason,
    string? FreesBookingId);
