using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Tests.Offers;

/// <summary>Rows with sensible defaults (an eligible move: Kontrol, 30 min, 10 days earlier) and rules at a fixed now.</summary>
internal static class OfferFixtures
{
    /// <summary>Monday 2026-03-02 06:00 UTC (07:00 in Copenhagen).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    public static readonly VisitTypeHarmoniser Harmoniser = VisitTypeHarmoniser.Parse("test-visit-types.csv", new StringReader(
        "raw_name,family,duration_min\nKontrol 30,Kontrol,30\nKontrol,Kontrol,30\nFørste besøg,FørsteBesøg,60\nScanning,Scanning,30\nBehandling,Behandling,45\n"));

    public static Slot Slot(string id = "S1", double daysFromNow = 3, int duration = 30, string visitType = "Kontrol 30",
        string department = "Kardiologi", string site = "SUH", SlotKind kind = SlotKind.Free, SlotReservation? reserved = null, string? resource = null) => new()
        {
            SlotId = id,
            Site = site,
            Department = department,
            StartAt = Now.AddDays(daysFromNow),
            DurationMin = duration,
            VisitType = visitType,
            ResourceId = resource,
            Kind = kind,
            Reserved = reserved,
        };

    public static WaitlistEntry Entry(string id = "E1", double? currentInDays = 13, bool digital = true, Triage triage = Triage.Unchanged,
        string department = "Kardiologi", string visitType = "Kontrol", int duration = 30, DateOnly? dueBy = null,
        double? earliestInDays = null, string? preferredSites = null, double? distanceKm = 10, string? bookingId = "B1") => new()
        {
            EntryId = id,
            PatientId = "P" + id,
            Department = department,
            VisitType = visitType,
            DurationMin = duration,
            Triage = triage,
            DueBy = dueBy,
            EarliestAt = earliestInDays is { } e ? Now.AddDays(e) : null,
            CurrentBookingId = currentInDays is null ? null : bookingId,
            CurrentStartAt = currentInDays is { } c ? Now.AddDays(c) : null,
            DigitalUser = digital,
            PreferredSites = preferredSites,
            DistanceKm = distanceKm,
        };

    public static OfferRules Rules(OfferPolicy? policy = null, ScoreTable? scores = null) =>
        new(policy ?? OfferPolicy.Default, Harmoniser, Now, scores);
}
