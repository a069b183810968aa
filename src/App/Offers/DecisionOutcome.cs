namespace Attendance.App.Offers;

/// <summary>The end of a decision, with what the page needs to say about it.</summary>
/// <param name="Result">What happened.</param>
/// <param name="Offer">The offer as it is now (after the change, or as someone else left it), or null when not found.</param>
/// <param name="Winner">For <see cref="DecisionResult.SlotTaken"/> and <see cref="DecisionResult.PatientTaken"/>: the accepted offer that stands in the way, naming who and when.</param>
/// <param name="Next">For a next-candidate request that found one: the new suggested offer.</param>
internal sealed record DecisionOutcome(DecisionResult Result, OfferView? Offer, OfferView? Winner = null, OfferView? Next = null);
