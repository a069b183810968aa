using Attendance.Data.Contract;
using Attendance.Data.Rows;

namespace Attendance.Data.Generation;

public sealed partial class RegionGenerator
{
    private const int MinDaysAheadForWaitlist = 10;
    private const double WaitlistShareDigital = 0.25;
    private const double WaitlistShareNonDigital = 0.30;
    private const double ReferralEntryPerPatient = 0.015;
    private const int AssessmentDays = 30;

    /// <summary>A patient holding a later booking opts in to be moved earlier.</summary>
    private void MaybeWaitlistCurrentBooking(RowBuffer<WaitlistEntry> waitlist, Patient patient, in AppointmentDraft a, string bookingId)
    {
        if (a.Day < _calendar.TodayIndex + MinDaysAheadForWaitlist
            || Array.IndexOf(WaitlistFamilies, a.VisitType.Family) < 0
            || !Chance(patient.Digital ? WaitlistShareDigital : WaitlistShareNonDigital))
        {
            return;
        }
        // The 30-day assessment right and cancer pathways give first visits and oncology a deadline; a few others have a clinical one.
        var deadlineLikely = a.VisitType.Family == VisitFamily.FoersteBesoeg || RegionCatalog.Departments[a.Department].Name == "Onkologi";
        // The deadline falls 12 days before to 10 days after the booking, so about half the current bookings miss it:
        // those are the entries most worth moving earlier.
        var bookingDate = _options.Today.AddDays(a.Day - _calendar.TodayIndex);
        DateOnly? dueBy = Chance(deadlineLikely ? 0.8 : 0.12)
            ? Max(_options.Today.AddDays(3), bookingDate.AddDays(-12 + _rng.Next(23)))
            : null;
        AddEntry(waitlist, patient, a.Department, a.VisitType, a.DurationMin, dueBy, bookingId, UtcMicros.ToInstant(a.StartMicros), a.Site);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A newly referred patient without a time yet: the 30-day assessment deadline runs from the referral.</summary>
    private void MaybeWaitlistReferral(RowBuffer<WaitlistEntry> waitlist, Patient patient)
    {
        if (!Chance(ReferralEntryPerPatient))
        {
            return;
        }
        var department = Pick(CatalogIndex.DepartmentShares);
        var type = CatalogIndex.FirstTypes[department][0];
        var referredDaysAgo = _rng.Next(AssessmentDays - 2);
        var dueBy = _options.Today.AddDays(AssessmentDays - referredDaysAgo);
        var site = RegionCatalog.Departments[department].Sites.Contains(patient.Home) ? patient.Home : 0;
        AddEntry(waitlist, patient, department, type, type.DurationMin, dueBy, null, null, site);
    }

    private void AddEntry(RowBuffer<WaitlistEntry> waitlist, Patient patient, int department, VisitTypeSpec type, int duration,
        DateOnly? dueBy, string? bookingId, DateTimeOffset? currentStart, int site)
    {
        var u = _rng.NextDouble();
        var triage = u < 0.15 ? Triage.Vulnerable : u < 0.65 ? Triage.Unchanged : Triage.Routine;
        DateTimeOffset? earliest = Chance(0.15)
            ? UtcMicros.ToInstant(_calendar.ToUtcMicros(_calendar.NextWorkday(_calendar.TodayIndex + 1 + _rng.Next(5)), ClinicOpensMinute))
            : null;
        var v = _rng.NextDouble();
        var siteName = RegionCatalog.Sites[site];
        var preferred = v < 0.35 ? siteName : v < 0.45 && site != 0 ? siteName + "," + RegionCatalog.Sites[0] : null;
        waitlist.Add(new WaitlistEntry
        {
            EntryId = NextEntryId(),
            PatientId = patient.Id,
            Department = RegionCatalog.Departments[department].Name,
            VisitType = type.RawName,
            DurationMin = duration,
            Triage = triage,
            DueBy = dueBy,
            EarliestAt = earliest,
            CurrentBookingId = bookingId,
            CurrentStartAt = currentStart,
            DigitalUser = patient.Digital,
            PreferredSites = preferred,
            DistanceKm = patient.DistanceKm,
        });
        _counters.Waitlist++;
        _counters.WaitlistDigital += patient.Digital ? 1 : 0;
        _counters.WaitlistDue += dueBy is null ? 0 : 1;
        _counters.WaitlistBooked += bookingId is null ? 0 : 1;
    }
}
