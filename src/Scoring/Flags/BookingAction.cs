namespace Attendance.Scoring.Flags;

/// <summary>What a planner is advised to do about a flagged booking (one per booking; wire names in snake_case).</summary>
public enum BookingAction : byte
{
    /// <summary>Not flagged.</summary>
    None,

    /// <summary>Call the patient: not a MinSP user (or unknown).</summary>
    PhoneReminder,

    /// <summary>Send a MinSP reminder: the patient uses MinSP.</summary>
    DigitalReminder,

    /// <summary>A physical control visit that could be held as video.</summary>
    ConsiderVideo,

    /// <summary>The session expects enough no-shows that this slot may be double-booked.</summary>
    DoubleBook,
}
