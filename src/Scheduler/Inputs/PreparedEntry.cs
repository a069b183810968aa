using Attendance.Data.Rows;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Inputs;

/// <summary>A valid waiting-list entry with what the model needs precomputed.</summary>
/// <param name="Row">The input row.</param>
/// <param name="Family">Harmonised visit family, or null when the entry names none.</param>
/// <param name="Channel"><see cref="OfferChannel.FastPass"/> for digital users, else <see cref="OfferChannel.Phone"/>.</param>
/// <param name="ReferenceMicros">The time a move is measured against: the current booking's start, or now + the unbooked wait.</param>
/// <param name="EarliestMicros">Earliest acceptable start, or <see cref="long.MinValue"/>.</param>
/// <param name="PreferredSites">Accepted sites, or null for any.</param>
/// <param name="Weight">Triage weight.</param>
/// <param name="Attendance">Expected attendance (1 − no-show probability).</param>
/// <param name="CurrentMeetsDeadline">True when the current booking already meets <c>due_by</c>.</param>
/// <param name="TieBreak">The tie-break term: larger for entries registered earlier.</param>
internal sealed record PreparedEntry(
    WaitlistEntry Row,
    string? Family,
    OfferChannel Channel,
    long ReferenceMicros,
    long EarliestMicros,
    string[]? PreferredSites,
    double Weight,
    double Attendance,
    bool CurrentMeetsDeadline,
    double TieBreak);
