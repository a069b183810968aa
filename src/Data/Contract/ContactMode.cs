namespace Attendance.Data.Contract;

/// <summary>How the visit takes place. Wire names: see <see cref="WireNames"/>.</summary>
public enum ContactMode
{
    Physical,
    Video,
    Phone,
}
