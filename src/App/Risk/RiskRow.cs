namespace Attendance.App.Risk;

/// <summary>A flagged booking on the risk list with the marks planners have made on it (in <see cref="BookingMarks.All"/> order).</summary>
internal sealed record RiskRow(FlaggedBooking Booking, IReadOnlyList<BookingMark> Marks)
{
    public BookingMark? MarkOf(string mark) => Marks.FirstOrDefault(m => m.Mark == mark);
}
