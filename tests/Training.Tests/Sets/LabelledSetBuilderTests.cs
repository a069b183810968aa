using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Model.Features;
using Attendance.Training.Sets;

namespace Attendance.Training.Tests.Sets;

public sealed class LabelledSetBuilderTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);
    private static readonly VisitTypeHarmoniser Harmoniser = VisitTypeHarmoniser.Load();

    [Fact]
    public void Finish_OwnAndSameDayOutcomes_NeverLeakIntoTheFeatures()
    {
        // The target T (day 10, 14:00, horizon 1 day → cut-off day 9, 14:00) is a no-show, as is the
        // same-day S (day 10, 09:00). E ended 13:30 on day 9 (known); L started 13:45 on day 9 and ended
        // 14:15, after the cut-off (unknown although it started before it).
        var rows = new[]
        {
            Past("E", 9, 13 * 60, Outcome.Attended),
            Past("L", 9, (13 * 60) + 45, Outcome.NoShow),
            Past("S", 10, 9 * 60, Outcome.NoShow),
            Past("T", 10, 14 * 60, Outcome.NoShow),
        };
        var set = CreateSut(rows);
        var spec = set.Spec;
        var target = Row(set, "T", rows);

        Assert.Equal(1, target[Column(spec, FeatureNames.PriorAppointments)]);
        Assert.Equal(0, target[Column(spec, FeatureNames.PriorNoShows)]);
        Assert.True(float.IsNaN(target[Column(spec, FeatureNames.DaysSinceLastNoShow)]));
        Assert.Equal(1 + (int)Outcome.Attended, target[Column(spec, FeatureNames.LastOutcome)]);
        Assert.Equal(0.5f / 24, target[Column(spec, FeatureNames.DaysSinceLastAppointment)], 4);
    }

    [Fact]
    public void Finish_TrainingRow_EqualsWhatTheScorerComputesAtTheSameCutoff()
    {
        var rows = new[]
        {
            Past("A", 1, 600, Outcome.NoShow),
            Past("B", 3, 600, Outcome.Cancelled),
            Past("C", 9, 800, Outcome.Attended),
            Past("D", 10, 600, Outcome.NoShow),
            Past("T", 10, 840, Outcome.Attended),
            Past("F", 20, 840, Outcome.Attended, leadDays: 15),
        };
        var set = CreateSut(rows);
        var training = Row(set, "T", rows);

        // Scoring T one day ahead: fold the whole history as of the cut-off, bookings = the rows still ahead.
        var cutoff = UtcMicros.FromInstant(rows[4].StartAt.AddDays(-1));
        var builder = new FeatureBuilder(set.Spec, Harmoniser);
        var patients = new PatientIndex();
        var fold = new HistoryFold(set.Spec, cutoff, patients);
        fold.Add(Batch(rows));
        var upcoming = new UpcomingBookings(set.Spec);
        var bookings = Batch([.. rows.Skip(3)]);
        upcoming.Add(bookings, patients, 0);
        upcoming.Freeze();
        var scoring = new float[bookings.Count * builder.Columns];
        builder.Build(bookings, fold, upcoming, 0, scoring);

        Assert.Equal(training, scoring.AsSpan(builder.Columns, builder.Columns).ToArray());
    }

    [Fact]
    public void Add_DuplicateIds_AreCountedAndIgnored()
    {
        var rows = new[] { Past("A", 1, 600, Outcome.NoShow), Past("A", 2, 600, Outcome.Attended), Past("B", 3, 600, Outcome.Attended) };

        var set = CreateSut(rows);

        Assert.Equal(2, set.Rows);
        Assert.Equal(1, set.Warnings.DuplicateIds);
        Assert.Contains(set.Warnings.Lines(), l => l.StartsWith("1 rows repeat an appointment_id", StringComparison.Ordinal));
    }

    private static HistoryAppointment Past(string id, int day, int minute, Outcome outcome, double leadDays = 5) =>
        new(new Booking
        {
            AppointmentId = id,
            PatientId = "P1",
            StartAt = Day0.AddDays(day).AddMinutes(minute),
            BookedAt = Day0.AddDays(day - leadDays),
            DurationMin = 30,
            Site = "SLA",
            Department = "Kardiologi",
            VisitType = "Kontrol 30",
        }, outcome);

    private static TableBatch Batch(HistoryAppointment[] rows)
    {
        var batch = new TableBatch(Tables.History, rows.Length) { Count = rows.Length };
        for (var i = 0; i < rows.Length; i++)
        {
            HistoryMapper.Instance.Write(batch, i, rows[i]);
        }

        return batch;
    }

    private static LabelledSet CreateSut(HistoryAppointment[] rows)
    {
        var builder = LabelledSetBuilder.ForTraining(new FeatureSpec(), Harmoniser);
        builder.Add(Batch(rows));
        var fitted = builder.Builder!.FinishVocabularies(builder.Matrix, [.. Enumerable.Repeat(true, builder.LabelledCount)], new Dictionary<string, long>());
        return builder.Finish(fitted);
    }

    /// <summary>The features of the labelled row with id <paramref name="id"/> (labelled rows keep input order).</summary>
    private static float[] Row(LabelledSet set, string id, HistoryAppointment[] rows)
    {
        var index = rows.Where(r => r.IsLabelled).Select(r => r.AppointmentId).ToList().IndexOf(id);
        return set.Matrix.AsSpan(index * set.Columns, set.Columns).ToArray();
    }

    private static int Column(FeatureSpec spec, string name) => spec.Names.ToList().IndexOf(name);
}
