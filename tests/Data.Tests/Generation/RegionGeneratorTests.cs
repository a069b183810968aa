using Attendance.Data.Contract;
using Attendance.Data.Generation;
using Attendance.Data.Validation;
using Attendance.Data.VisitTypes;

namespace Attendance.Data.Tests.Generation;

public class RegionGeneratorTests(SmallRegionFixture region) : IClassFixture<SmallRegionFixture>
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public void Generate_SmallRegion_MarginalRatesMatchTheDocumentedMechanism()
    {
        var s = region.Summary;

        Assert.InRange(s.NoShowRate, 0.035, 0.065);
        Assert.InRange(s.CancellationRate, 0.08, 0.12);
        Assert.InRange(s.RescheduledRate, 0.02, 0.05);
        Assert.InRange(s.WaitlistDigitalShare, 0.60, 0.75);
        Assert.InRange(s.BayesAuc, 0.75, 0.85);
        Assert.InRange(s.MeanTrueProbability, s.NoShowRate - 0.01, s.NoShowRate + 0.01);
    }

    [Fact]
    public void Generate_SmallRegion_SummaryCountsAreTheRowsWritten()
    {
        var history = region.Sink.History;

        Assert.Equal(region.Summary.HistoryRows, history.Count);
        Assert.Equal(region.Summary.NoShows, history.Count(r => r.Outcome == Outcome.NoShow));
        Assert.Equal(region.Summary.Cancelled, history.Count(r => r.Outcome == Outcome.Cancelled));
        Assert.Equal(region.Summary.BookedAfterStart, history.Count(r => r.BookedAt > r.StartAt));
        Assert.Equal(region.Summary.BookingRows, region.Sink.Bookings.Count);
        Assert.Equal(region.Summary.WaitlistRows, region.Sink.Waitlist.Count);
        Assert.Equal(region.Summary.SlotRows, region.Sink.Slots.Count);
    }

    [Fact]
    public void Generate_SmallRegion_BayesAucIsTheAucOfTruthAgainstLabels()
    {
        var truth = region.Sink.Truth.ToDictionary(t => t.AppointmentId, t => t.NoShowProbability);
        var labelled = region.Sink.History.Where(r => r.IsLabelled).ToList();

        var auc = RocAuc.Compute([.. labelled.Select(r => truth[r.AppointmentId])], [.. labelled.Select(r => r.Outcome == Outcome.NoShow)]);

        Assert.Equal(region.Summary.BayesAuc, auc, 12);
    }

    [Fact]
    public void Generate_SmallRegion_TruthCoversEveryHistoryAndBookingRowOnce()
    {
        var ids = region.Sink.History.Select(r => r.AppointmentId).Concat(region.Sink.Bookings.Select(b => b.AppointmentId)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), region.Sink.Truth.Select(t => t.AppointmentId).Order(StringComparer.Ordinal));
        Assert.All(region.Sink.Truth, t => Assert.InRange(t.NoShowProbability, 0.0, 1.0));
    }

    [Fact]
    public void Generate_SmallRegion_TimesAreWeekdayClinicHoursInCopenhagenAroundToday()
    {
        var today = new DateTimeOffset(region.Summary.Today.ToDateTime(TimeOnly.MinValue), Copenhagen.GetUtcOffset(region.Summary.Today.ToDateTime(TimeOnly.MinValue)));
        foreach (var row in region.Sink.History)
        {
            AssertClinicTime(row.StartAt, row.DurationMin!.Value);
            Assert.True(row.StartAt < today);
        }
        foreach (var row in region.Sink.Bookings)
        {
            AssertClinicTime(row.StartAt, row.DurationMin!.Value);
            Assert.True(row.StartAt >= today && row.BookedAt < today);
        }
        foreach (var slot in region.Sink.Slots)
        {
            AssertClinicTime(slot.StartAt, slot.DurationMin);
            Assert.True(slot.StartAt >= today);
        }
    }

    [Fact]
    public void Generate_SmallRegion_SlotsAndWaitlistHaveTheContractsVariety()
    {
        var slots = region.Sink.Slots;
        var waitlist = region.Sink.Waitlist;
        var bookings = region.Sink.Bookings.ToDictionary(b => b.AppointmentId);

        Assert.Contains(slots, s => s.Kind == SlotKind.SelfBook);
        Assert.Contains(slots, s => s.Reserved == SlotReservation.Subacute);
        Assert.Contains(slots, s => s.Reserved == SlotReservation.NonDigital);
        Assert.InRange(slots.Count(s => s.Kind == SlotKind.Free && s.Reserved is null), slots.Count / 3, slots.Count);
        Assert.All(Enum.GetValues<Triage>(), t => Assert.Contains(waitlist, w => w.Triage == t));
        Assert.InRange(waitlist.Count(w => w.DueBy is not null), waitlist.Count / 5, waitlist.Count * 4 / 5);
        var withBooking = waitlist.Where(w => w.CurrentBookingId is not null).ToList();
        Assert.InRange(withBooking.Count, waitlist.Count / 2, waitlist.Count);
        Assert.All(withBooking, w =>
        {
            var booking = bookings[w.CurrentBookingId!];
            Assert.Equal(booking.StartAt, w.CurrentStartAt);
            Assert.Equal(booking.PatientId, w.PatientId);
        });
        var withDeadline = withBooking.Where(w => w.DueBy is not null).ToList();
        var missing = withDeadline.Count(w => DateOnly.FromDateTime(w.CurrentStartAt!.Value.UtcDateTime) > w.DueBy);
        Assert.InRange(missing, withDeadline.Count / 4, withDeadline.Count * 3 / 4);
    }

    [Fact]
    public void Generate_SmallRegion_VisitTypesAreInTheHarmonisationTableWithTheSameFamily()
    {
        var harmoniser = VisitTypeHarmoniser.Load();
        foreach (var type in RegionCatalog.Departments.SelectMany(d => d.VisitTypes))
        {
            var match = harmoniser.Map(type.RawName);
            Assert.Equal(VisitTypeResolution.Exact, match.Resolution);
            Assert.Equal(RegionCatalog.FamilyNames[(int)type.Family], match.Family);
        }
        var report = new VisitTypeReport();
        foreach (var row in region.Sink.History)
        {
            harmoniser.Map(row.VisitType, report);
        }
        Assert.True(report.FallbackRows > 0, "the generator writes some noisy names for the fallback rules");
        Assert.Empty(report.Unmapped);
    }

    [Fact]
    public void Generate_SmallRegion_NoIdentifierLooksLikeACprNumber()
    {
        Assert.DoesNotContain(region.Sink.History, r => CprGuard.ContainsCpr(r.AppointmentId) || CprGuard.ContainsCpr(r.PatientId));
        Assert.DoesNotContain(region.Sink.Slots, s => CprGuard.ContainsCpr(s.SlotId));
        Assert.DoesNotContain(region.Sink.Waitlist, w => CprGuard.ContainsCpr(w.EntryId));
    }

    [Fact]
    public void Generate_SameSeed_SameRows_DifferentSeed_DifferentRows()
    {
        var options = MemoryRegionSink.SmallRegion() with { Patients = 300, Days = 60 };

        var (first, _) = MemoryRegionSink.Generate(options);
        var (again, _) = MemoryRegionSink.Generate(options);
        var (other, _) = MemoryRegionSink.Generate(options with { Seed = options.Seed + 1 });

        Assert.Equal(first.History.Select(Key), again.History.Select(Key));
        Assert.Equal(first.Waitlist, again.Waitlist);
        Assert.NotEqual(first.History.Select(Key), other.History.Select(Key));
    }

    [Theory]
    [InlineData(0, 10, "patients")]
    [InlineData(-5, 10, "patients")]
    [InlineData(10, 0, "days")]
    public void Constructor_BadOption_ThrowsNamingTheOption(int patients, int days, string option)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RegionGenerator(new GeneratorOptions { Patients = patients, Days = days }));

        Assert.Equal(option, e.ParamName);
    }

    private static string Key(Attendance.Data.Rows.HistoryAppointment r) =>
        $"{r.AppointmentId}|{r.PatientId}|{r.StartAt:O}|{r.BookedAt:O}|{r.Outcome}|{r.VisitType}|{r.Age}|{r.DistanceKm}";

    private static void AssertClinicTime(DateTimeOffset start, int durationMin)
    {
        var local = TimeZoneInfo.ConvertTime(start, Copenhagen);
        Assert.InRange(local.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
        Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(8), new TimeSpan(15, 30, 0) - TimeSpan.FromMinutes(Math.Min(durationMin, 450)));
        Assert.Equal(0, local.Minute % 5);
    }
}
