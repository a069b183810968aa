namespace Attendance.Data.Contract;

/// <summary>Capacity a slot is kept back for; never given to the digital channel. Wire names: see <see cref="WireNames"/>.</summary>
public enum SlotReservation
{
    Subacute,
    NonDigital,
}
