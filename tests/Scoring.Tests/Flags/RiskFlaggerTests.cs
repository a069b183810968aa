using Attendance.Scoring.Flags;
using Attendance.Scoring.Policy;
using FsCheck;
using FsCheck.Fluent;

namespace Attendance.Scoring.Tests.Flags;

public sealed class RiskFlaggerTests
{
    private const int Monday = 740_000;

    private static readonly ScoringPolicy NoFloor = ScoringPolicy.Default with { MinProbability = 0, CallsPerDay = null, DoubleBookExpectedNoShows = 100 };

    [Fact]
    public void Decide_TopShare_FlagsTheHighestShareOfEachDepartmentDayRoundedUp()
    {
        // Department 0 on Monday: 11 bookings → ceil(10% × 11) = 2; department 1: 3 bookings → 1; department 0 on Tuesday: 1 → 1.
        var keys = Enumerable.Repeat(Key(0, Monday), 11).Concat(Enumerable.Repeat(Key(1, Monday), 3)).Append(Key(0, Monday + 1)).ToArray();
        float[] p = [0.1f, 0.5f, 0.2f, 0.3f, 0.05f, 0.6f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.2f, 0.9f, 0.3f, 0.01f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor);

        Assert.Equal([1, 5, 12, 14], FlaggedRows(decision));
        Assert.Equal(4, decision.Flagged);
    }

    [Fact]
    public void Decide_Threshold_FlagsEveryBookingAtOrAboveIt()
    {
        var keys = Enumerable.Repeat(Key(0, Monday), 5).ToArray();
        float[] p = [0.3f, 0.29f, 0.31f, 0.9f, 0.1f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { FlagRule = FlagRule.Threshold, Threshold = 0.3 });

        Assert.Equal([0, 2, 3], FlaggedRows(decision));
    }

    [Fact]
    public void Decide_Capacity_FlagsTheRiskiestUpToCallsPerDayInEachDepartmentDay()
    {
        var keys = Enumerable.Repeat(Key(0, Monday), 5).Concat(Enumerable.Repeat(Key(0, Monday + 1), 2)).ToArray();
        float[] p = [0.3f, 0.2f, 0.5f, 0.4f, 0.1f, 0.05f, 0.06f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { FlagRule = FlagRule.Capacity, CallsPerDay = 2 });

        Assert.Equal([2, 3, 5, 6], FlaggedRows(decision));
    }

    [Fact]
    public void Decide_CallsPerDay_CapsTheOtherRulesToo()
    {
        var keys = Enumerable.Repeat(Key(0, Monday), 4).ToArray();
        float[] p = [0.5f, 0.6f, 0.7f, 0.8f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { FlagRule = FlagRule.Threshold, Threshold = 0.1, CallsPerDay = 1 });

        Assert.Equal([3], FlaggedRows(decision));
    }

    [Fact]
    public void Decide_MinProbability_NeverFlagsBelowIt()
    {
        var keys = Enumerable.Repeat(Key(0, Monday), 4).ToArray();
        float[] p = [0.09f, 0.05f, 0.02f, 0.01f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { TopShare = 1, MinProbability = 0.05 });

        Assert.Equal([0, 1], FlaggedRows(decision));
    }

    [Fact]
    public void Decide_PastBookings_AreNeverFlaggedNorCounted()
    {
        BookingKey[] keys = [Key(0, Monday, BookingTraits.Past), Key(0, Monday), Key(0, Monday)];
        float[] p = [0.99f, 0.2f, 0.1f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { FlagRule = FlagRule.Capacity, CallsPerDay = 1 });

        Assert.Equal([1], FlaggedRows(decision));
    }

    [Fact]
    public void Decide_Actions_PreferVideoForEligibleControlsThenTheReminderTheChannelAllows()
    {
        BookingKey[] keys =
        [
            Key(0, Monday, BookingTraits.VideoEligible | BookingTraits.Digital),
            Key(0, Monday, BookingTraits.Digital),
            Key(0, Monday),
            Key(0, Monday),
        ];
        float[] p = [0.5f, 0.5f, 0.5f, 0.01f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { FlagRule = FlagRule.Threshold, Threshold = 0.4 });

        Assert.Equal([BookingAction.ConsiderVideo, BookingAction.DigitalReminder, BookingAction.PhoneReminder, BookingAction.None], decision.Actions);
    }

    [Fact]
    public void Decide_SessionOverTheThreshold_AdvisesDoubleBookingForItsRiskiestFlaggedBookingsUpToTheCap()
    {
        // Morning session of department 0, site 0: expected no-shows 0.9 + 0.8 + 0.7 + 0.1 = 2.5 ≥ 2 → at most min(3, floor 2.5) = 2.
        // The afternoon session holds the same probabilities but only 1.6 expected: no double-booking.
        BookingKey[] keys =
        [
            Key(0, Monday), Key(0, Monday), Key(0, Monday), Key(0, Monday),
            Key(0, Monday, BookingTraits.Afternoon), Key(0, Monday, BookingTraits.Afternoon),
        ];
        float[] p = [0.7f, 0.9f, 0.8f, 0.1f, 0.85f, 0.75f];
        var policy = NoFloor with { FlagRule = FlagRule.Threshold, Threshold = 0.5, DoubleBookExpectedNoShows = 2, DoubleBookMaxPerSession = 3 };

        var decision = RiskFlagger.Decide(keys, p, policy);

        Assert.Equal(
            [BookingAction.PhoneReminder, BookingAction.DoubleBook, BookingAction.DoubleBook, BookingAction.None, BookingAction.PhoneReminder, BookingAction.PhoneReminder],
            decision.Actions);
        Assert.Equal(2, decision.Sessions);
        Assert.Equal(1, decision.SessionsOverDoubleBookThreshold);
    }

    [Fact]
    public void Decide_TiesInProbability_GoToTheEarlierBooking()
    {
        var keys = Enumerable.Repeat(Key(0, Monday), 4).ToArray();
        float[] p = [0.2f, 0.3f, 0.3f, 0.3f];

        var decision = RiskFlagger.Decide(keys, p, NoFloor with { FlagRule = FlagRule.Capacity, CallsPerDay = 2 });

        Assert.Equal([1, 2], FlaggedRows(decision));
    }

    [Theory]
    [InlineData(0.0999f, RiskBand.Low)]
    [InlineData(0.10f, RiskBand.Medium)]
    [InlineData(0.20f, RiskBand.High)]
    [InlineData(0.35f, RiskBand.VeryHigh)]
    public void BandOf_UsesTheDefaultCutPoints(float probability, RiskBand expected) =>
        Assert.Equal(expected, RiskFlagger.BandOf(probability, ScoringPolicy.Default));

    [Fact]
    public void Decide_AnyInput_FlagsNoMoreThanTheCapAndNeverALowerRiskOverAHigherOneOfTheSameDepartmentDay()
    {
        var policy = ScoringPolicy.Default with { TopShare = 0.3, CallsPerDay = 3, MinProbability = 0.05 };
        Prop.ForAll(
            Gen.Zip(Gen.Zip(Gen.Choose(0, 2), Gen.Choose(0, 2)), Gen.Choose(0, 1000)).ArrayOf().ToArbitrary(),
            rows =>
            {
                var keys = rows.Select(r => Key(r.Item1.Item1, Monday + r.Item1.Item2)).ToArray();
                var p = rows.Select(r => r.Item2 / 1000f).ToArray();
                var decision = RiskFlagger.Decide(keys, p, policy);
                foreach (var group in Enumerable.Range(0, keys.Length).GroupBy(i => keys[i]))
                {
                    var flagged = group.Where(i => decision.Actions[i] != BookingAction.None).ToList();
                    var others = group.Where(i => decision.Actions[i] == BookingAction.None).ToList();
                    if (flagged.Count > 3 || flagged.Any(i => p[i] < 0.05) || (flagged.Count > 0 && others.Any(o => p[o] > flagged.Min(i => p[i]))))
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }

    private static BookingKey Key(int department, int day, BookingTraits traits = BookingTraits.None) => new(department, 0, day, traits);

    private static int[] FlaggedRows(FlagDecision decision) =>
        [.. decision.Actions.Select((a, i) => (a, i)).Where(p => p.a != BookingAction.None).Select(p => p.i)];
}
