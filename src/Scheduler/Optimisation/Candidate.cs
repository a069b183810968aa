using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Optimisation;

/// <summary>One eligible move (a column of the MIP): entry → slot through a channel, or a self-book ticket (Entry −1).</summary>
/// <param name="Slot">Index into the instance's slots.</param>
/// <param name="Entry">Index into the instance's entries, or −1 for a ticket release.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Value">Objective coefficient.</param>
internal readonly record struct Candidate(int Slot, int Entry, OfferChannel Channel, double Value);
