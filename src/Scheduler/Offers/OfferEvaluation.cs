namespace Attendance.Scheduler.Offers;

/// <summary>The value of moving an entry to a slot and its parts.</summary>
/// <param name="Value">w(triage) × attendance × min(days gained, cap) + deadline bonus + tie-break.</param>
/// <param name="DaysGained">Days between the slot and the entry's reference time (uncapped).</param>
/// <param name="ExpectedAttendance">1 − the no-show probability.</param>
/// <param name="MeetsDeadline">True or false when the entry has <c>due_by</c>: whether the slot's local date is on or before it; null without one.</param>
/// <param name="MakesDeadline">True when the bonus applies: the slot meets <c>due_by</c> and the current booking does not.</param>
public readonly record struct OfferEvaluation(double Value, double DaysGained, double ExpectedAttendance, bool? MeetsDeadline, bool MakesDeadline);
