namespace Attendance.Scheduler.Offers;

/// <summary>How an offer reaches the patient. Wire names: <c>fast_pass</c>, <c>phone</c>, <c>self_book</c>.</summary>
public enum OfferChannel
{
    /// <summary>A MinSP waiting-list offer to a digital entry.</summary>
    FastPass,

    /// <summary>A call by staff to a non-digital entry (limited by calls per department and day).</summary>
    Phone,

    /// <summary>A self-book ticket released for booking in MinSP (no particular entry).</summary>
    SelfBook,
}
