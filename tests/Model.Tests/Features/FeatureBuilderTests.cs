using Attendance.Data.Contract;
using Attendance.Model.Features;
using static Attendance.Model.Tests.Features.HistoryBatches;

namespace Attendance.Model.Tests.Features;

public sealed class FeatureBuilderTests
{
    [Fact]
    public void Build_FirstTimer_HasEmptyHistoryAndTheBaseRate()
    {
        var (spec, row) = BuildOne(History(), Upcoming("B1", "P1", 5));

        Assert.Equal(0, row[spec.Column(FeatureNames.PriorAppointments)]);
        Assert.Equal(0, row[spec.Column(FeatureNames.PriorNoShows)]);
        Assert.Equal(0.1f, row[spec.Column(FeatureNames.PriorNoShowRate)], 6);
        Assert.True(float.IsNaN(row[spec.Column(FeatureNames.DaysSinceLastNoShow)]));
        Assert.True(float.IsNaN(row[spec.Column(FeatureNames.DaysSinceLastAppointment)]));
        Assert.Equal(0, row[spec.Column(FeatureNames.LastOutcome)]);
    }

    [Fact]
    public void Build_AppointmentColumns_AreTheContractValues()
    {
        // 2025-01-11 is a Saturday; 10:00 UTC is 11:00 in Copenhagen in winter.
        var (spec, row) = BuildOne(History(), Upcoming("B1", "P1", 5 + (10 / 24.0), leadDays: 2.5));

        Assert.Equal(2.5f, row[spec.Column(FeatureNames.LeadDays)], 4);
        Assert.Equal(5, row[spec.Column(FeatureNames.Weekday)]);
        Assert.Equal(11f, row[spec.Column(FeatureNames.Hour)], 4);
        Assert.Equal(1, row[spec.Column(FeatureNames.Month)]);
        Assert.Equal(40, row[spec.Column(FeatureNames.Age)]);
        Assert.Equal(0, row[spec.Column(FeatureNames.Sex)]);
        Assert.Equal(12.5f, row[spec.Column(FeatureNames.DistanceKm)]);
        Assert.Equal(1, row[spec.Column(FeatureNames.DigitalUser)]);
        Assert.Equal(0, row[spec.Column(FeatureNames.ReminderSent)]);
        Assert.Equal(0, row[spec.Column(FeatureNames.VisitFamily)]);
        Assert.Equal(30, row[spec.Column(FeatureNames.DurationMin)]);
    }

    [Fact]
    public void Build_UnseenSite_IsMissingAndCounted()
    {
        var builder = new FeatureBuilder(FeatureSpecs.Fitted("SLA"), FeatureSpecs.Harmoniser);
        var rows = Bookings(Upcoming("B1", "P1", 5, site: "NYK"), Upcoming("B2", "P2", 5, site: "SLA"), Upcoming("B3", "P3", 5, site: "NYK"));
        var matrix = Build(builder, History(), rows, Micros(0));

        var site = builder.Spec.Column(FeatureNames.Site);
        Assert.True(float.IsNaN(matrix[site]));
        Assert.Equal(0, matrix[builder.Columns + site]);
        Assert.Equal(2, builder.Stats.UnseenCategories[FeatureNames.Site]);
    }

    [Fact]
    public void Build_History_CountsOnlyOutcomesEndedBeforeTheCutoff()
    {
        var history = History(
            Past("H1", "P1", 1, Outcome.NoShow),
            Past("H2", "P1", 2, Outcome.Attended),
            Past("H3", "P1", 3, Outcome.Cancelled),
            // Ends exactly at the cut-off (day 4 + 30 min): not strictly before, so unknown.
            Past("H4", "P1", 4, Outcome.NoShow));
        var asOf = Micros(4 + (30 / 1440.0));
        var builder = new FeatureBuilder(FeatureSpecs.Fitted(), FeatureSpecs.Harmoniser);
        var row = Build(builder, history, Bookings(Upcoming("B1", "P1", 9)), asOf);

        var spec = builder.Spec;
        Assert.Equal(2, row[spec.Column(FeatureNames.PriorAppointments)]);
        Assert.Equal(1, row[spec.Column(FeatureNames.PriorNoShows)]);
        Assert.Equal(1, row[spec.Column(FeatureNames.PriorCancellations)]);
        Assert.Equal((1 + (5 * 0.1f)) / (2 + 5f), row[spec.Column(FeatureNames.PriorNoShowRate)], 5);
        Assert.Equal(3f, row[spec.Column(FeatureNames.DaysSinceLastNoShow)], 4);
        Assert.Equal(1 + (int)Outcome.Cancelled, row[spec.Column(FeatureNames.LastOutcome)]);
        Assert.Equal((float)Math.Exp(-3 / 365.0), row[spec.Column(FeatureNames.PriorNoShowsRecent)], 5);
    }

    [Fact]
    public void Build_OtherBookingsInTheWindow_AreCountedWithoutTheRowItself()
    {
        var bookings = Bookings(
            Upcoming("B1", "P1", 2),
            Upcoming("B2", "P1", 20, leadDays: 30),
            Upcoming("B3", "P1", 40, leadDays: 45),
            Upcoming("B4", "P1", 10, leadDays: 0.5),
            Upcoming("B5", "P2", 3));
        var builder = new FeatureBuilder(FeatureSpecs.Fitted(), FeatureSpecs.Harmoniser);
        var matrix = Build(builder, History(), bookings, Micros(1));

        var upcoming = builder.Spec.Column(FeatureNames.UpcomingBookings);
        // B1 sees B2 (B3 is beyond 28 days, B4 is not booked yet at the cut-off).
        Assert.Equal(1, matrix[upcoming]);
        Assert.Equal(0, matrix[(4 * builder.Columns) + upcoming]);
    }

    [Fact]
    public void Build_SameInputTwice_GivesIdenticalMatrices()
    {
        var history = History(Past("H1", "P1", 1, Outcome.NoShow), Past("H2", "P2", 2, Outcome.Attended));
        var bookings = Bookings(Upcoming("B1", "P1", 9), Upcoming("B2", "P2", 9, site: null, duration: null));

        var first = Build(new FeatureBuilder(FeatureSpecs.Fitted(), FeatureSpecs.Harmoniser), history, bookings, Micros(5));
        var second = Build(new FeatureBuilder(FeatureSpecs.Fitted(), FeatureSpecs.Harmoniser), history, bookings, Micros(5));

        Assert.Equal(first.Select(BitConverter.SingleToInt32Bits), second.Select(BitConverter.SingleToInt32Bits));
    }

    private static (FeatureSpec Spec, float[] Row) BuildOne(Attendance.Data.Batches.TableBatch history, Attendance.Data.Rows.Booking booking)
    {
        var builder = new FeatureBuilder(FeatureSpecs.Fitted(), FeatureSpecs.Harmoniser);
        return (builder.Spec, Build(builder, history, Bookings(booking), Micros(0)));
    }

    private static float[] Build(FeatureBuilder builder, Attendance.Data.Batches.TableBatch history, Attendance.Data.Batches.TableBatch bookings, long asOf)
    {
        var patients = new PatientIndex();
        var upcoming = new UpcomingBookings(builder.Spec);
        upcoming.Add(bookings, patients, 0);
        upcoming.Freeze();
        var fold = new HistoryFold(builder.Spec, asOf, patients);
        fold.Add(history);
        var matrix = new float[bookings.Count * builder.Columns];
        builder.Build(bookings, fold, upcoming, 0, matrix);
        return matrix;
    }
}
