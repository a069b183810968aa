namespace Attendance.Scoring.Flags;

/// <summary>
/// What the flag rules need of one booking, kept for every booking between the passes (16 bytes a row).
/// Department and site are codes of the run's <see cref="Pipeline.CodeTable"/> (−1 = null); day is the local
/// (Copenhagen) day number of start_at.
/// </summary>
/// <param name="Department">Department code.</param>
/// <param name="Site">Site code.</param>
/// <param name="Day">Local day number (<see cref="DateOnly.DayNumber"/>).</param>
/// <param name="Traits">Bits of <see cref="BookingTraits"/>.</param>
public readonly record struct BookingKey(int Department, int Site, int Day, BookingTraits Traits)
{
    public bool Has(BookingTraits trait) => (Traits & trait) != 0;
}
