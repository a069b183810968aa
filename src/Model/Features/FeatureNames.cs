namespace Attendance.Model.Features;

/// <summary>
/// The built-in feature columns, in matrix order: appointment features, then the <c>x_*</c> extras, then
/// the history features (as of the cut-off).
/// </summary>
public static class FeatureNames
{
    /// <summary>Days from booked_at to start_at; missing when booked after start.</summary>
    public const string LeadDays = "lead_days";

    /// <summary>Local (Copenhagen) weekday of start_at, 0 = Monday.</summary>
    public const string Weekday = "weekday";

    /// <summary>Local hour of start_at, minutes as a fraction.</summary>
    public const string Hour = "hour";

    /// <summary>Local month of start_at, 1..12.</summary>
    public const string Month = "month";

    public const string Age = "age";
    public const string Sex = "sex";
    public const string DistanceKm = "distance_km";
    public const string DigitalUser = "digital_user";
    public const string ReminderSent = "reminder_sent";
    public const string BookingChannel = "booking_channel";
    public const string ContactMode = "contact_mode";

    /// <summary>Harmonised visit family (data/visit-types.csv).</summary>
    public const string VisitFamily = "visit_family";

    /// <summary>duration_min, else the visit type's default duration.</summary>
    public const string DurationMin = "duration_min";

    public const string Site = "site";
    public const string Department = "department";

    /// <summary>Attended or no-show appointments that ended before the cut-off.</summary>
    public const string PriorAppointments = "prior_appointments";

    /// <summary>No-shows that ended before the cut-off.</summary>
    public const string PriorNoShows = "prior_no_shows";

    /// <summary>(no-shows + strength × base rate) / (appointments + strength): a beta-prior smoothed rate.</summary>
    public const string PriorNoShowRate = "prior_no_show_rate";

    /// <summary>Prior no-shows, each weighted exp(−age / memory): recent ones count more.</summary>
    public const string PriorNoShowsRecent = "prior_no_shows_recent";

    /// <summary>Days from the end of the last no-show to the cut-off; missing without one.</summary>
    public const string DaysSinceLastNoShow = "days_since_last_no_show";

    /// <summary>Days from the end of the last known appointment (any outcome) to the cut-off.</summary>
    public const string DaysSinceLastAppointment = "days_since_last_appointment";

    /// <summary>Cancelled or rescheduled appointments that ended before the cut-off.</summary>
    public const string PriorCancellations = "prior_cancellations";

    /// <summary>Outcome of the last appointment that ended before the cut-off, or "none".</summary>
    public const string LastOutcome = "last_outcome";

    /// <summary>Other bookings of the patient, held at the cut-off, starting within the upcoming window after it.</summary>
    public const string UpcomingBookings = "upcoming_bookings";
}
