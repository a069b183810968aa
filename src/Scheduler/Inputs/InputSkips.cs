namespace Attendance.Scheduler.Inputs;

/// <summary>Input rows left out of a run, by reason (documented skips, never silent).</summary>
/// <param name="SlotsInPast">Slots starting before now.</param>
/// <param name="SlotsOverlapping">Slots overlapping an earlier slot of the same resource (the earlier one, by start then id, is kept).</param>
/// <param name="SlotsWithoutEntries">Slots of a department that has no waiting-list entry (kept, only counted).</param>
/// <param name="EntriesWithoutSlots">Entries of a department that has no slot.</param>
/// <param name="EntriesHoldingASlot">Entries whose current booking is one of the slots (never offered that slot).</param>
public sealed record InputSkips(
    int SlotsInPast,
    int SlotsOverlapping,
    int SlotsWithoutEntries,
    int EntriesWithoutSlots,
    int EntriesHoldingASlot);
