namespace Attendance.Scheduler.Output;

/// <summary>
/// One row of an offers file (<see cref="OfferFile.Columns"/>), whatever the offer came from: the optimiser
/// or the store. <c>Channel</c> is the wire name (<c>fast_pass</c>, <c>phone</c>, <c>self_book</c>).
/// </summary>
public readonly record struct OfferFileRow(
    string OfferId,
    string SlotId,
    string? EntryId,
    string? PatientId,
    string Department,
    DateTimeOffset SlotStartAt,
    string Channel,
    double Value,
    double? ExpectedAttendance,
    double? DaysGained,
    bool? MeetsDeadline,
    int Rank,
    string Reason,
    string? FreesBookingId);
