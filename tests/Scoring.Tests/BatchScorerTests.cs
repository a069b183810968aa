using System.Text.Json;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Policy;
using Attendance.Scoring.Reasons;
using Attendance.Training.Input;
using Attendance.Training.Sets;

namespace Attendance.Scoring.Tests;

public sealed class BatchScorerTests(ScoringFixture region) : IClassFixture<ScoringFixture>
{
    [Fact]
    public void Score_HistoryRowsAsBookings_GetExactlyThePredictionsOfTheTrainingFeaturePath()
    {
        // Training builds each labelled row's features as of start_at − horizon. Scoring the same rows as
        // bookings as of that moment (all later history rows as bookings, so that upcoming counts agree)
        // must give the same probabilities: one feature path, no leak, no drift between the two.
        using var artifact = ModelArtifact.Load(region.ModelDir, threads: 2);
        var sets = LabelledSetBuilder.ForModel(artifact.Spec, ScoringFixture.Harmoniser);
        foreach (var batch in HistoryFiles.Read([region.HistoryPath]))
        {
            sets.Add(batch);
        }

        var set = sets.Finish(artifact.Spec);
        var labelled = DataFiles.ReadHistory(region.HistoryPath).Where(r => r.IsLabelled).ToList();
        var busiest = set.StartMicros.GroupBy(s => s).Where(g => g.Key < UtcMicros.FromInstant(ScoringFixture.AsOf) - (20 * UtcMicros.PerDay))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var asOf = UtcMicros.ToInstant(busiest) - artifact.Spec.Horizon;
        var later = DataFiles.ReadHistory(region.HistoryPath).Where(r => r.StartAt > asOf).Select(AsBooking);
        var request = region.Request(bookings: region.WriteBookings(later)) with { AsOf = asOf };

        new BatchScorer().Score(request);

        var scored = ScoresFile(request).ToDictionary(r => r.AppointmentId);
        var compared = 0;
        for (var row = 0; row < set.Rows; row++)
        {
            if (set.StartMicros[row] != busiest)
            {
                continue;
            }

            var expected = new float[1];
            artifact.PredictProbabilities(set.Matrix.AsSpan(row * set.Columns, set.Columns), 1, expected);
            Assert.Equal(expected[0], scored[labelled[row].AppointmentId].Probability, 6);
            compared++;
        }

        Assert.True(compared >= 5, $"only {compared} rows start at the busiest time");
    }

    [Fact]
    public void Score_EveryBooking_IsWrittenOnceWithABandAndTheModelVersion()
    {
        var request = region.Request();

        var summary = new BatchScorer().Score(request);
        var rows = ScoresFile(request);

        Assert.Equal(region.Bookings.Select(b => b.AppointmentId), rows.Select(r => r.AppointmentId));
        Assert.All(rows, r => Assert.InRange(r.Probability, 0, 1));
        Assert.All(rows, r => Assert.Equal(FlagNames.Of(RiskFlagger.BandOf((float)r.Probability, request.Policy)), r.RiskBand));
        Assert.All(rows, r => Assert.Equal(summary.ModelVersion, r.ModelVersion));
        Assert.Matches("^model@[0-9a-f]{12}$", summary.ModelVersion);
        Assert.Equal(rows.Count, summary.Rows);
        Assert.Equal(rows.Average(r => r.Probability), summary.MeanProbability, 6);
        Assert.Equal(rows.Count(r => r.Flagged), summary.Flagged);
        Assert.Equal(summary.Flagged, summary.FlaggedPerDepartment.Values.Sum());
        Assert.True(summary.WithoutHistory > 0, "a generated region has first-timers");
    }

    [Fact]
    public void Score_FlaggedBookings_HaveAnActionAndUpToThreeRisingReasonsLargestFirst_OthersNone()
    {
        var request = region.Request();

        new BatchScorer().Score(request);
        var rows = ScoresFile(request);

        Assert.Contains(rows, r => r.Flagged);
        foreach (var row in rows)
        {
            if (!row.Flagged)
            {
                Assert.Null(row.Action);
                Assert.All(row.Reasons, Assert.Null);
                continue;
            }

            Assert.NotNull(row.Action);
            Assert.True(row.Probability >= request.Policy.MinProbability);
            Assert.NotNull(row.Reasons[0]);
            var contributions = row.Contributions.TakeWhile(c => c is not null).Select(c => c!.Value).ToList();
            Assert.All(contributions, c => Assert.True(c > 0));
            Assert.Equal(contributions.OrderDescending(), contributions);
            Assert.Equal(row.Reasons.Count(r => r is not null), contributions.Count);
        }
    }

    [Fact]
    public void Score_Actions_FollowEachBookingsChannelVisitTypeAndSession()
    {
        var policy = ScoringPolicy.Default with { TopShare = 0.3, MinProbability = 0.05, DoubleBookExpectedNoShows = 1.0, DoubleBookMaxPerSession = 1 };
        var request = region.Request(policy);

        new BatchScorer().Score(request);
        var rows = ScoresFile(request);

        var bookings = region.Bookings.ToDictionary(b => b.AppointmentId);
        var sessions = rows.GroupBy(Session).ToDictionary(g => g.Key, g => g.Sum(r => r.Probability));
        var actions = rows.Where(r => r.Flagged).GroupBy(r => r.Action!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["consider_video", "digital_reminder", "double_book", "phone_reminder"], actions.Keys.Order(StringComparer.Ordinal));
        Assert.All(actions["consider_video"], r => Assert.True(
            bookings[r.AppointmentId].ContactMode == ContactMode.Physical
            && ScoringFixture.Harmoniser.Map(bookings[r.AppointmentId].VisitType).Family == "Kontrol"));
        Assert.All(actions["digital_reminder"], r => Assert.True(bookings[r.AppointmentId].DigitalUser));
        Assert.All(actions["phone_reminder"], r => Assert.NotEqual(true, bookings[r.AppointmentId].DigitalUser));
        Assert.All(actions["double_book"], r => Assert.True(sessions[Session(r)] >= 1.0));
        Assert.All(actions["double_book"].GroupBy(Session), g => Assert.Single(g));
    }

    [Fact]
    public void Score_DanishAndEnglish_GiveTheSameFactorsInTheirOwnWords()
    {
        var english = region.Request();
        var danish = region.Request() with { Language = ReasonLanguage.Danish };

        new BatchScorer().Score(english);
        new BatchScorer().Score(danish);
        var en = ScoresFile(english).Where(r => r.Flagged).ToList();
        var da = ScoresFile(danish).Where(r => r.Flagged).ToList();

        Assert.Equal(en.Select(r => r.Contributions[0]), da.Select(r => r.Contributions[0]));
        Assert.Contains(en, r => r.Reasons.Any(t => t is not null && t.Contains("no-show", StringComparison.Ordinal)));
        Assert.Contains(da, r => r.Reasons.Any(t => t is not null && t.Contains("udebl", StringComparison.Ordinal)));
        Assert.DoesNotContain(da, r => r.Reasons.Any(t => t is not null && t.Contains("no-show", StringComparison.Ordinal)));
    }

    [Fact]
    public void Score_SameInputsTwice_GivesByteIdenticalScoresAndSummary()
    {
        var first = region.Request();
        var second = region.Request();

        new BatchScorer().Score(first);
        new BatchScorer().Score(second);

        Assert.Equal(File.ReadAllBytes(first.Output), File.ReadAllBytes(second.Output));
        Assert.Equal(File.ReadAllBytes(ScoringSummary.PathBeside(first.Output)), File.ReadAllBytes(ScoringSummary.PathBeside(second.Output)));
    }

    [Fact]
    public void Score_OneOrTwoThreads_GiveTheSameBytes()
    {
        var one = region.Request() with { Threads = 1 };
        var two = region.Request() with { Threads = 2 };

        new BatchScorer().Score(one);
        new BatchScorer().Score(two);

        Assert.Equal(File.ReadAllBytes(one.Output), File.ReadAllBytes(two.Output));
    }

    [Fact]
    public void Score_CapacityPolicy_FlagsAtMostCallsPerDayInEachDepartmentDay()
    {
        var request = region.Request(ScoringPolicy.Default with { FlagRule = FlagRule.Capacity, CallsPerDay = 2, MinProbability = 0 });

        new BatchScorer().Score(request);

        // With no probability floor, every department-day gets exactly min(2, its bookings) flags.
        var days = ScoresFile(request).GroupBy(r => (r.Department, DateOnly.FromDateTime(CopenhagenTime.ToLocal(r.StartAt)))).ToList();
        Assert.All(days, day => Assert.Equal(Math.Min(2, day.Count()), day.Count(r => r.Flagged)));
        Assert.Contains(days, day => day.Count() > 2);
    }

    [Fact]
    public void Score_BookingsBeforeTheAsOfTime_AreSkippedAndCounted()
    {
        var asOf = ScoringFixture.AsOf.AddDays(3);
        var request = region.Request() with { AsOf = asOf };

        var summary = new BatchScorer().Score(request);

        var past = region.Bookings.Count(b => b.StartAt < asOf);
        Assert.True(past > 0);
        Assert.Equal(past, summary.SkippedPast);
        Assert.Equal(region.Bookings.Where(b => b.StartAt >= asOf).Select(b => b.AppointmentId), ScoresFile(request).Select(r => r.AppointmentId));
    }

    [Fact]
    public void Score_WithoutAsOf_TakesTheMomentFromTheTimeProvider()
    {
        var request = region.Request() with { AsOf = null };

        var summary = new BatchScorer(new FakeClock(ScoringFixture.AsOf)).Score(request);

        Assert.Equal(ScoringFixture.AsOf, summary.AsOf);
        using var json = JsonDocument.Parse(File.ReadAllText(ScoringSummary.PathBeside(request.Output)));
        Assert.Equal("2026-03-01T23:00:00+00:00", json.RootElement.GetProperty("as_of").GetString());
    }

    [Fact]
    public void Score_UnseenDepartment_IsCountedAndScoredNotFatal()
    {
        var bookings = region.Bookings.Select((b, i) => i % 10 == 0 ? b with { Department = "Ny afdeling" } : b).ToList();
        var request = region.Request(bookings: region.WriteBookings(bookings));

        var summary = new BatchScorer().Score(request);

        Assert.Equal(bookings.Count(b => b.Department == "Ny afdeling"), summary.UnseenCategories[FeatureNames.Department]);
        Assert.Equal(bookings.Count, summary.Rows);
    }

    [Fact]
    public void Score_SummaryJson_HasTheMonitoringFields()
    {
        var request = region.Request();

        new BatchScorer().Score(request);

        using var json = JsonDocument.Parse(File.ReadAllText(ScoringSummary.PathBeside(request.Output)));
        foreach (var name in new[] { "rows", "flagged", "flagged_per_department", "mean_probability", "deciles", "skipped_past", "unseen_categories", "risk_bands", "actions" })
        {
            Assert.True(json.RootElement.TryGetProperty(name, out _), $"summary lacks {name}");
        }

        var deciles = json.RootElement.GetProperty("deciles").EnumerateArray().Select(d => d.GetDouble()).ToList();
        Assert.Equal(9, deciles.Count);
        Assert.Equal(deciles.Order(), deciles);
    }

    /// <summary>Department × site × local day × half-day (afternoon from 12:00 Copenhagen time).</summary>
    private static (string?, string?, DateOnly, bool) Session(ScoreRow r)
    {
        var local = CopenhagenTime.ToLocal(r.StartAt);
        return (r.Department, r.Site, DateOnly.FromDateTime(local), local.Hour >= 12);
    }

    /// <summary>The booking columns of a history row, as a plain booking (the mapper refuses a history row with its outcome).</summary>
    private static Booking AsBooking(HistoryAppointment r) => new()
    {
        AppointmentId = r.AppointmentId, PatientId = r.PatientId, BookedAt = r.BookedAt, StartAt = r.StartAt, DurationMin = r.DurationMin,
        Site = r.Site, Department = r.Department, VisitType = r.VisitType, ContactMode = r.ContactMode, Age = r.Age, Sex = r.Sex,
        DistanceKm = r.DistanceKm, DigitalUser = r.DigitalUser, ReminderSent = r.ReminderSent, BookingChannel = r.BookingChannel, Extras = r.Extras,
    };

    private static IReadOnlyList<ScoreRow> ScoresFile(ScoringRequest request) => ScoreRow.Read(request.Output);
}
