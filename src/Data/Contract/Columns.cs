namespace Attendance.Data.Contract;

/// <summary>Column names of the contract, to avoid string literals scattered over consumers.</summary>
public static class Columns
{
    public const string AppointmentId = "appointment_id";
    public const string PatientId = "patient_id";
    public const string BookedAt = "booked_at";
    public const string StartAt = "start_at";
    public const string Outcome = "outcome";
    public const string DurationMin = "duration_min";
    public const string Site = "site";
    public const string Department = "department";
    public const string VisitType = "visit_type";
    public const string ContactMode = "contact_mode";
    public const string Age = "age";
    public const string Sex = "sex";
    public const string DistanceKm = "distance_km";
    public const string DigitalUser = "digital_user";
    public const string ReminderSent = "reminder_sent";
    public const string BookingChannel = "booking_channel";

    public const string SlotId = "slot_id";
    public const string ResourceId = "resource_id";
    public const string Kind = "kind";
    public const string Reserved = "reserved";

    public const string EntryId = "entry_id";
    public const string Triage = "triage";
    public const string DueBy = "due_by";
    public const string EarliestAt = "earliest_at";
    public const string CurrentBookingId = "current_booking_id";
    public const string CurrentStartAt = "current_start_at";
    public const string PreferredSites = "preferred_sites";

    public const string NoShowProbability = "no_show_probability";

    /// <summary>Prefix of extra feature columns that are kept although the contract does not name them.</summary>
    public const string ExtraPrefix = "x_";
}
