namespace Attendance.Data.Contract;

/// <summary>The result of a past appointment. Only Attended and NoShow are training labels. Wire names: see <see cref="WireNames"/>.</summary>
public enum Outcome
{
    Attended,
    NoShow,
    Cancelled,
    Rescheduled,
}
