using Attendance.Data.Contract;

namespace Attendance.App.Offers;

/// <summary>An offer as the review page and the decisions see it (a row of <c>offers</c>).</summary>
/// <param name="OfferId">Deterministic id: <c>slot_id/entry_id</c>, or <c>slot_id/ticket</c>.</param>
/// <param name="RoundId">The offer round that suggested it.</param>
/// <param name="SlotId">The slot offered.</param>
/// <param name="SlotStart">The slot's start.</param>
/// <param name="Department">The slot's department (untrusted text from the extract).</param>
/// <param name="EntryId">The waiting-list entry, or null for a self-book ticket.</param>
/// <param name="PatientId">The entry's pseudonymous patient, or null for a ticket.</param>
/// <param name="Channel"><c>fast_pass</c>, <c>phone</c> or <c>self_book</c>.</param>
/// <param name="Value">The optimiser's value of the move.</param>
/// <param name="ExpectedAttendance">1 − no-show probability, or null for a ticket.</param>
/// <param name="DaysGained">Days earlier than now booked (or the assumed wait), or null for a ticket.</param>
/// <param name="MeetsDeadline">Whether the slot meets the entry's due_by; null without one.</param>
/// <param name="Rank">Position of the entry among the slot's candidates (1 = the slot's best).</param>
/// <param name="Reason">The optimiser's reason text (English, from the Scheduler).</param>
/// <param name="FreesBookingId">The booking an acceptance frees, or null.</param>
/// <param name="SuggestedAt">When the round stored it.</param>
/// <param name="Status"><c>suggested</c>, <c>accepted</c>, <c>rejected</c> or <c>expired</c>.</param>
/// <param name="DecidedBy">Who decided (a user name, or <c>system:…</c>), or null while suggested.</param>
/// <param name="DecidedAt">When, or null while suggested.</param>
/// <param name="Version">Grows with every change; a decision names the version it saw.</param>
/// <param name="VisitType">The slot's visit type as the slots extract names it (untrusted text), or null.</param>
internal sealed record OfferView(
    string OfferId,
    string RoundId,
    string SlotId,
    DateTimeOffset SlotStart,
    string Department,
    string? EntryId,
    string? PatientId,
    string Channel,
    double Value,
    double? ExpectedAttendance,
    double? DaysGained,
    bool? MeetsDeadline,
    int Rank,
    string Reason,
    string? FreesBookingId,
    DateTimeOffset SuggestedAt,
    string Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    int Version,
    string? VisitType)
{
    /// <summary>The triage class (<c>vulnerable</c>, <c>unchanged</c>, <c>routine</c>): the Scheduler writes it first in the reason; null for a ticket.</summary>
    public string? Triage => Reason.Split(';', 2)[0].Trim() is var first && WireNames.Triage.Contains(first, StringComparer.Ordinal) ? first : null;

    /// <summary>True for the channels that reach digital patients (and so count against the reserve).</summary>
    public bool IsDigital => Channel is "fast_pass" or "self_book";
}
