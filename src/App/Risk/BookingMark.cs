namespace Attendance.App.Risk;

/// <summary>What a planner did about a flagged booking, by whom and when (<c>booking_marks</c>).</summary>
/// <param name="Mark">One of <see cref="BookingMarks.All"/>.</param>
/// <param name="MarkedBy">The planner's user name.</param>
/// <param name="MarkedAt">When.</param>
internal sealed record BookingMark(string Mark, string MarkedBy, DateTimeOffset MarkedAt);
