namespace Attendance.Data.Contract;

/// <summary>Who made the booking. Wire names: see <see cref="WireNames"/>.</summary>
public enum BookingChannel
{
    Staff,
    SelfBook,
    FastPass,
}
