namespace Attendance.Scoring.Pipeline;

/// <summary>
/// One row group of bookings as the scorer keeps it after the single read: its feature rows (appointment
/// columns written at read time, history columns once the history is folded) and what the scores file needs.
/// About 4 × features + 60 bytes a booking, plus the id strings.
/// </summary>
internal sealed class BookingChunk(int first, int count, int columns)
{
    /// <summary>Index of the first row among all bookings (the key of <see cref="Model.Features.UpcomingBookings"/>).</summary>
    public int First { get; } = first;

    public int Count { get; } = count;

    /// <summary>Count × features, row-major.</summary>
    public float[] Matrix { get; } = new float[count * columns];

    public string?[] AppointmentIds { get; } = new string?[count];

    public string?[] PatientIds { get; } = new string?[count];

    /// <summary>start_at, UTC micros.</summary>
    public long[] Starts { get; } = new long[count];
}
