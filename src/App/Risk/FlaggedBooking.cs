namespace Attendance.App.Risk;

/// <summary>
/// A booking the nightly scoring flagged, as stored for the risk list (<c>flagged_bookings</c>):
/// the flagged row of the scores file with its reasons, largest first.
/// </summary>
/// <param name="RunDate">The scored day (the scoring run), not the appointment's day.</param>
/// <param name="AppointmentId">The booking's opaque id.</param>
/// <param name="PatientId">The patient's pseudonym.</param>
/// <param name="StartAt">The appointment's start (UTC instant).</param>
/// <param name="Site">Site code, if known.</param>
/// <param name="Department">Department code, if known.</param>
/// <param name="NoShowProbability">Calibrated, 0..1.</param>
/// <param name="RiskBand">The band's wire name (<c>low</c> … <c>very_high</c>).</param>
/// <param name="Action">The recommended action's wire name (<c>phone_reminder</c>, …), as in the scores file.</param>
/// <param name="Reasons">Up to three, largest first.</param>
/// <param name="ModelVersion">The model that scored it.</param>
internal sealed record FlaggedBooking(
    DateOnly RunDate,
    string AppointmentId,
    string PatientId,
    DateTimeOffset StartAt,
    string? Site,
    string? Department,
    double NoShowProbability,
    string RiskBand,
    string? Action,
    IReadOnlyList<RiskReason> Reasons,
    string ModelVersion);
