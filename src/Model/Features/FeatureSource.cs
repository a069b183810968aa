namespace Attendance.Model.Features;

/// <summary>How a feature column is computed; one member per built-in name, plus extras.</summary>
internal enum FeatureSource
{
    LeadDays,
    Weekday,
    Hour,
    Month,
    Age,
    Sex,
    DistanceKm,
    DigitalUser,
    ReminderSent,
    BookingChannel,
    ContactMode,
    VisitFamily,
    DurationMin,
    Site,
    Department,
    Extra,
    PriorAppointments,
    PriorNoShows,
    PriorNoShowRate,
    PriorNoShowsRecent,
    DaysSinceLastNoShow,
    DaysSinceLastAppointment,
    PriorCancellations,
    LastOutcome,
    UpcomingBookings,
}
