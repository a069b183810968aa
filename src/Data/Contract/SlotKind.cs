namespace Attendance.Data.Contract;

/// <summary>Why a slot can be given away. Wire names: see <see cref="WireNames"/>.</summary>
public enum SlotKind
{
    Free,
    SelfBook,
}
