namespace Attendance.App.Risk;

/// <summary>What setting or undoing a mark did.</summary>
internal enum MarkOutcome
{
    /// <summary>The mark was set or removed (and audited).</summary>
    Changed,

    /// <summary>The booking already was as asked (a double click, or another planner was first): nothing changed, nothing audited.</summary>
    Unchanged,

    /// <summary>No flagged booking has this appointment id.</summary>
    UnknownBooking,
}
