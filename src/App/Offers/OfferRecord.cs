using Attendance.App.Storage;

namespace Attendance.App.Offers;

/// <summary>
/// A row of <c>offers</c> as Dapper reads it on either engine: instants come back as text (SQLite) or
/// <see cref="DateTime"/> (PostgreSQL), <c>meets_deadline</c> as an integer or a boolean.
/// </summary>
internal sealed class OfferRecord
{
    /// <summary>The columns in the order of the properties; every query of an offer selects these.</summary>
    public const string Columns =
        "offer_id AS OfferId, round_id AS RoundId, slot_id AS SlotId, slot_start AS SlotStart, department AS Department, " +
        "entry_id AS EntryId, patient_id AS PatientId, channel AS Channel, value AS Value, expected_attendance AS ExpectedAttendance, " +
        "days_gained AS DaysGained, meets_deadline AS MeetsDeadline, rank AS Rank, reason AS Reason, frees_booking_id AS FreesBookingId, " +
        "suggested_at AS SuggestedAt, status AS Status, decided_by AS DecidedBy, decided_at AS DecidedAt, version AS Version, visit_type AS VisitType";

    public string OfferId { get; set; } = "";
    public string RoundId { get; set; } = "";
    public string SlotId { get; set; } = "";
    public object? SlotStart { get; set; }
    public string Department { get; set; } = "";
    public string? EntryId { get; set; }
    public string? PatientId { get; set; }
    public string Channel { get; set; } = "";
    public double Value { get; set; }
    public double? ExpectedAttendance { get; set; }
    public double? DaysGained { get; set; }
    public object? MeetsDeadline { get; set; }
    public long Rank { get; set; }
    public string Reason { get; set; } = "";
    public string? FreesBookingId { get; set; }
    public object? SuggestedAt { get; set; }
    public string Status { get; set; } = "";
    public string? DecidedBy { get; set; }
    public object? DecidedAt { get; set; }
    public long Version { get; set; }
    public string? VisitType { get; set; }

    public OfferView ToView() => new(
        OfferId, RoundId, SlotId, Instant(SlotStart), Department, EntryId, PatientId, Channel, Value, ExpectedAttendance,
        DaysGained, Flag(MeetsDeadline), checked((int)Rank), Reason, FreesBookingId, Instant(SuggestedAt), Status, DecidedBy,
        StoreTime.FromDb(DecidedAt), checked((int)Version), VisitType);

    /// <summary>A boolean column as stored: 0/1 on SQLite, a boolean on PostgreSQL.</summary>
    public static bool? Flag(object? value) => value switch
    {
        null or DBNull => null,
        bool flag => flag,
        long number => number != 0,
        int number => number != 0,
        _ => throw new InvalidCastException($"not a stored flag: {value.GetType().Name}"),
    };

    /// <summary>A flag as the dialect stores it.</summary>
    public static object? FlagToDb(StoreDialect dialect, bool? value) =>
        value is { } flag && dialect == StoreDialect.Sqlite ? (flag ? 1 : 0) : value;

    private static DateTimeOffset Instant(object? value) => StoreTime.FromDb(value) ?? throw new InvalidCastException("a required instant is null");
}
