using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Scheduler.Offers;

/// <summary>
/// The cascade: an accepted move frees the booking the patient held, which the next round offers on. The freed
/// slot is the booking's time, department, duration and visit type; its id is the booking id.
/// </summary>
public static class FreedSlot
{
    /// <summary>The slot an accepted offer frees, or null when the entry held no booking.</summary>
    /// <param name="accepted">The accepted offer.</param>
    /// <param name="entry">Its waiting-list entry.</param>
    /// <param name="site">The site of the freed booking (the waitlist contract does not carry it; take it from bookings).</param>
    public static Slot? From(Offer accepted, WaitlistEntry entry, string site)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.CurrentBookingId is not { } booking || entry.CurrentStartAt is not { } start)
        {
            return null;
        }

        return new Slot
        {
            SlotId = booking,
            Site = site,
            Department = entry.Department,
            StartAt = start,
            DurationMin = entry.DurationMin,
            VisitType = entry.VisitType,
            Kind = SlotKind.Free,
        };
    }
}
