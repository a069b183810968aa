using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>A past appointment (a row of <c>history</c>).</summary>
public sealed record HistoryAppointment : Booking
{
    /// <summary>Copies the booking columns of <paramref name="booking"/> and adds the outcome.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public HistoryAppointment(Booking booking, Outcome outcome)
        : base(booking)
    {
        Outcome = outcome;
    }

    /// <summary>Attended and NoShow are labels; Cancelled and Rescheduled are not.</summary>
    public Outcome Outcome { get; init; }

    /// <summary>True when the outcome is a training label.</summary>
    public bool IsLabelled => Outcome is Outcome.Attended or Outcome.NoShow;
}
