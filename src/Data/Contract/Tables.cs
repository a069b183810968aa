using static Attendance.Data.Contract.Columns;

namespace Attendance.Data.Contract;

/// <summary>The five tables of the data contract (see data/SCHEMA.md).</summary>
public static class Tables
{
    /// <summary>Past appointments, one row each.</summary>
    public static readonly TableSchema History = new("history", AppointmentFields(withOutcome: true));

    /// <summary>Upcoming appointments: the history columns without <c>outcome</c>.</summary>
    public static readonly TableSchema Bookings = new("bookings", AppointmentFields(withOutcome: false));

    /// <summary>Times that can be given away.</summary>
    public static readonly TableSchema Slots = new("slots",
    [
        new(SlotId, FieldType.String, Required: true, Unique: true, Identifier: true),
        new(Site, FieldType.String, Required: true),
        new(Department, FieldType.String, Required: true),
        new(StartAt, FieldType.Timestamp, Required: true),
        new(DurationMin, FieldType.Int32, Required: true),
        new(VisitType, FieldType.String),
        new(ResourceId, FieldType.String, Identifier: true),
        new(Columns.Kind, FieldType.String, Required: true, AllowedValues: WireNames.SlotKind),
        new(Columns.Reserved, FieldType.String, AllowedValues: WireNames.SlotReservation),
    ]);

    /// <summary>Fast-pass waiting-list entries.</summary>
    public static readonly TableSchema Waitlist = new("waitlist",
    [
        new(EntryId, FieldType.String, Required: true, Unique: true, Identifier: true),
        new(PatientId, FieldType.String, Required: true, Identifier: true),
        new(Department, FieldType.String, Required: true),
        new(VisitType, FieldType.String),
        new(DurationMin, FieldType.Int32, Required: true),
        new(Columns.Triage, FieldType.String, Required: true, AllowedValues: WireNames.Triage),
        new(DueBy, FieldType.Date),
        new(EarliestAt, FieldType.Timestamp),
        new(CurrentBookingId, FieldType.String, Identifier: true),
        new(CurrentStartAt, FieldType.Timestamp),
        new(DigitalUser, FieldType.Bool, Required: true),
        new(PreferredSites, FieldType.String),
        new(DistanceKm, FieldType.Double),
    ]);

    /// <summary>The generator's true no-show probability for every history and booking row.</summary>
    public static readonly TableSchema Truth = new("truth",
    [
        new(AppointmentId, FieldType.String, Required: true, Unique: true, Identifier: true),
        new(NoShowProbability, FieldType.Double, Required: true),
    ]);

    /// <summary>All five, in the order the generator writes them.</summary>
    public static readonly IReadOnlyList<TableSchema> All = [History, Bookings, Slots, Waitlist, Truth];

    private static FieldSpec[] AppointmentFields(bool withOutcome)
    {
        var fields = new List<FieldSpec>
        {
            new(AppointmentId, FieldType.String, Required: true, Unique: true, Identifier: true),
            new(PatientId, FieldType.String, Required: true, Identifier: true),
            new(BookedAt, FieldType.Timestamp, Required: true),
            new(StartAt, FieldType.Timestamp, Required: true),
        };
        if (withOutcome)
        {
            fields.Add(new(Columns.Outcome, FieldType.String, Required: true, AllowedValues: WireNames.Outcome));
        }
        fields.AddRange(
        [
            new(DurationMin, FieldType.Int32),
            new(Site, FieldType.String),
            new(Department, FieldType.String),
            new(VisitType, FieldType.String),
            new(Columns.ContactMode, FieldType.String, AllowedValues: WireNames.ContactMode),
            new(Age, FieldType.Int32),
            new(Columns.Sex, FieldType.String, AllowedValues: WireNames.Sex),
            new(DistanceKm, FieldType.Double),
            new(DigitalUser, FieldType.Bool),
            new(ReminderSent, FieldType.Bool),
            new(Columns.BookingChannel, FieldType.String, AllowedValues: WireNames.BookingChannel),
        ]);
        return [.. fields];
    }
}
