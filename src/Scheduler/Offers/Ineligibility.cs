namespace Attendance.Scheduler.Offers;

/// <summary>Why an entry cannot be offered a slot; <see cref="None"/> when it can. Checked in this order.</summary>
public enum Ineligibility
{
    /// <summary>Eligible.</summary>
    None,

    /// <summary>The slot belongs to another department.</summary>
    OtherDepartment,

    /// <summary>The slot is kept for subacute patients: never offered.</summary>
    Subacute,

    /// <summary>The slot is a self-book ticket: released for self-booking or not, never offered to an entry.</summary>
    SelfBookTicket,

    /// <summary>The slot is reserved for non-digital patients and the entry is digital.</summary>
    NonDigitalSlot,

    /// <summary>The entry already holds this slot (its current booking id is the slot id).</summary>
    AlreadyHeld,

    /// <summary>The harmonised visit families differ.</summary>
    FamilyMismatch,

    /// <summary>The slot is shorter than the entry's visit.</summary>
    TooShort,

    /// <summary>The slot starts before the entry's <c>earliest_at</c>.</summary>
    BeforeEarliest,

    /// <summary>The slot is not earlier than the current booking (or the unbooked wait) by the minimum gain.</summary>
    TooLittleGain,

    /// <summary>The slot starts too soon for the channel's minimum notice.</summary>
    TooLittleNotice,

    /// <summary>The slot's site is not among the entry's preferred sites.</summary>
    SiteNotPreferred,

    /// <summary>The estimated travel exceeds the policy's limit.</summary>
    TooFar,
}
