namespace Attendance.App.Offers;

/// <summary>What one offer round kept out of the digital channels in one department (the optimiser's department summary).</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Department">Department code.</param>
/// <param name="RanAt">When the round ran.</param>
/// <param name="FreeSlots">Slots that took part (reserved ones included).</param>
/// <param name="Subacute">Slots reserved for subacute times (never offered).</param>
/// <param name="NonDigital">Slots reserved for non-digital patients (phone only), administrators' holds included.</param>
/// <param name="KeptFromDigital">Slots not given to fast-pass or self-book: at least the reserve share of each day.</param>
/// <param name="FastPass">Fast-pass offers the round made.</param>
/// <param name="Phone">Phone offers.</param>
/// <param name="Tickets">Self-book tickets released.</param>
/// <param name="ReserveShare">The policy's share of each day's free slots kept from the digital channels.</param>
/// <param name="KeptByAdministrators">Slots from the day on that an administrator kept for phone booking.</param>
internal sealed record RoundReserve(
    string RoundId,
    string Department,
    DateTimeOffset RanAt,
    int FreeSlots,
    int Subacute,
    int NonDigital,
    int KeptFromDigital,
    int FastPass,
    int Phone,
    int Tickets,
    double ReserveShare,
    int KeptByAdministrators);
