using Attendance.Data.Contract;
using Attendance.Model.Features;
using FsCheck;
using Outcome = Attendance.Data.Contract.Outcome;
using FsCheck.Fluent;

namespace Attendance.Model.Tests.Features;

public sealed class PatientHistoryStateTests
{
    private const double Memory = 365 * (double)UtcMicros.PerDay;

    [Fact]
    public void Add_AnyOrder_GivesTheSameState()
    {
        var outcomes = Gen.Elements(Outcome.Attended, Outcome.NoShow, Outcome.Cancelled, Outcome.Rescheduled);
        var events = Gen.Zip(Gen.Choose(0, 1000), outcomes).ArrayOf();
        Prop.ForAll(events.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (list, seed) =>
        {
            var forward = Fold(list);
            var shuffled = Fold([.. list.OrderBy(_ => new Random(seed).Next())]);
            var cutoff = 2000 * UtcMicros.PerDay;
            return forward.Appointments == shuffled.Appointments
                && forward.NoShows == shuffled.NoShows
                && forward.Cancellations == shuffled.Cancellations
                && (forward.Known == 0 || (forward.LastEndMicros == shuffled.LastEndMicros && forward.LastOutcome == shuffled.LastOutcome))
                && (forward.NoShows == 0 || forward.LastNoShowEndMicros == shuffled.LastNoShowEndMicros)
                && Math.Abs(forward.RecentNoShows(cutoff, Memory) - shuffled.RecentNoShows(cutoff, Memory)) < 1e-9;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RecentNoShows_DecaysEachNoShowByItsAge()
    {
        var state = default(PatientHistoryState);
        state.Add(100 * UtcMicros.PerDay, Outcome.NoShow, Memory);
        state.Add(465 * UtcMicros.PerDay, Outcome.NoShow, Memory);
        state.Add(300 * UtcMicros.PerDay, Outcome.Attended, Memory);

        var expected = Math.Exp(-(830 - 100) / 365.0) + Math.Exp(-(830 - 465) / 365.0);
        Assert.Equal(expected, state.RecentNoShows(830 * UtcMicros.PerDay, Memory), 9);
        Assert.Equal(465 * UtcMicros.PerDay, state.LastNoShowEndMicros);
        Assert.Equal(Outcome.NoShow, state.LastOutcome);
    }

    private static PatientHistoryState Fold((int Day, Outcome Outcome)[] events)
    {
        var state = default(PatientHistoryState);
        foreach (var (day, outcome) in events)
        {
            state.Add(day * UtcMicros.PerDay, outcome, Memory);
        }

        return state;
    }
}
