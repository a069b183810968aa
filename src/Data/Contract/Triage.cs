namespace Attendance.Data.Contract;

/// <summary>Needs-based triage class of a waiting-list entry. Wire names: see <see cref="WireNames"/>.</summary>
public enum Triage
{
    Vulnerable,
    Unchanged,
    Routine,
}
