using Attendance.Data.Contract;
using Attendance.Scheduler.Baseline;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;
using Attendance.Scheduler.Tests.Offers;
using FsCheck;
using FsCheck.Fluent;

namespace Attendance.Scheduler.Tests.Optimisation;

/// <summary>
/// Invariants of the optimiser over random instances (small enough that candidate pruning is exact). Each check
/// recomputes the limits from the rows, independently of the optimiser's own bookkeeping.
/// </summary>
public sealed class OfferOptimizerPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    [Fact]
    public void Optimise_RandomInstances_NoSlotOrEntryOfferedTwice() => ForAllInstances((instance, result, _) =>
    {
        Assert.Equal(result.Offers.Count, result.Offers.Select(o => o.SlotId).Distinct().Count());
        var moves = result.Offers.Where(o => o.EntryId is not null).ToList();
        Assert.Equal(moves.Count, moves.Select(o => o.EntryId).Distinct().Count());
    });

    [Fact]
    public void Optimise_RandomInstances_EveryOfferIsEligibleThroughItsEntrysChannel() => ForAllInstances((instance, result, rows) =>
    {
        foreach (var offer in result.Offers)
        {
            var slot = rows.Slots[offer.SlotId];
            if (offer.Channel == OfferChannel.SelfBook)
            {
                Assert.Equal(SlotKind.SelfBook, slot.Kind);
                Assert.Null(slot.Reserved);
                continue;
            }

            var entry = rows.Entries[offer.EntryId!];
            Assert.Equal(Ineligibility.None, instance.Rules.Check(slot, entry));
            Assert.Equal(entry.DigitalUser ? OfferChannel.FastPass : OfferChannel.Phone, offer.Channel);
        }
    });

    [Fact]
    public void Optimise_RandomInstances_ReservationsAndPerDayReserveHold() => ForAllInstances((instance, result, rows) =>
    {
        var policy = instance.Rules.Policy;
        foreach (var offer in result.Offers)
        {
            var slot = rows.Slots[offer.SlotId];
            Assert.NotEqual(SlotReservation.Subacute, slot.Reserved);
            if (slot.Reserved == SlotReservation.NonDigital)
            {
                Assert.Equal(OfferChannel.Phone, offer.Channel);
            }
        }

        var takingPart = rows.Slots.Values.Where(s => s.StartAt >= instance.Rules.Now)
            .GroupBy(s => (s.Department, Day: instance.Rules.LocalDay(s.StartAt)))
            .ToDictionary(g => g.Key, g => g.Count());
        var digital = result.Offers.Where(o => OfferChannels.IsDigital(o.Channel))
            .GroupBy(o => (o.Department, Day: instance.Rules.LocalDay(o.SlotStartAt)));
        foreach (var day in digital)
        {
            var free = takingPart[day.Key];
            Assert.True(day.Count() <= (1 - policy.ReserveShare) * free + 1e-9,
                $"{day.Key}: {day.Count()} digital offers of {free} free slots breaks the {policy.ReserveShare:P0} reserve");
        }

        foreach (var department in result.Offers.Where(o => o.Channel == OfferChannel.Phone).GroupBy(o => o.Department))
        {
            Assert.True(department.Count() <= policy.PhoneCallsPerDepartmentDay);
        }
    });

    [Fact]
    public void Optimise_RandomInstances_ValueNeverBelowTheFcfsBaseline() => ForAllInstances((instance, result, _) =>
    {
        var baseline = FcfsBaseline.Run(instance);
        Assert.True(result.TotalValue >= baseline.FilledValue - 1e-6,
            $"optimiser {result.TotalValue} < baseline {baseline.FilledValue}");
    });

    [Fact]
    public void Optimise_RandomInstances_ReportsProvenOptimumWithinTheLpBound() => ForAllInstances((instance, result, _) =>
    {
        foreach (var department in result.Departments.Where(d => d.Status is not null))
        {
            Assert.Equal(MipStatus.Optimal, department.Status);
            Assert.False(department.Restricted);
            Assert.True(department.Value <= department.LpBound + 1e-6, $"{department.Department}: value above the LP bound");
        }
    });

    [Fact]
    public void Optimise_ManyEntriesFewSlots_PruningToTheSlotCountKeepsTheOptimum() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue - 1)), seed =>
        {
            // Many entries per family and channel, few slots: the bound-ordered scan cuts most entries at K = slot count,
            // yet the optimum must not move.
            var random = new Random(seed);
            var (slots, entries) = SyntheticDay.Generate(new SyntheticDayOptions
            {
                Seed = seed,
                Slots = random.Next(2, 12),
                Entries = random.Next(100, 300),
                Departments = 1,
                HorizonDays = 3,
                NonDigitalShare = 0.2,
                SelfBookShare = 0,
                Now = OfferFixtures.Now,
            });
            var policy = OfferPolicy.Default with { PhoneCallsPerDepartmentDay = random.Next(4), ReserveShare = random.Next(4) * 0.1 };
            double ValueWith(int k) => new OfferOptimizer(new CbcSolver(), new OfferOptimizerOptions { MaxParallelism = 1 })
                .OptimiseAsync(OfferInstance.Create(OfferFixtures.Rules(policy with { CandidatesPerSlot = k }), slots, entries))
                .GetAwaiter().GetResult().TotalValue;
            Assert.Equal(ValueWith(10_000), ValueWith(slots.Count), 6);
        }).Check(Runs);

    private sealed record Rows(Dictionary<string, Data.Rows.Slot> Slots, Dictionary<string, Data.Rows.WaitlistEntry> Entries);

    private static void ForAllInstances(Action<OfferInstance, ScheduleResult, Rows> check) =>
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue - 1)), seed =>
        {
            var random = new Random(seed);
            var (slots, entries) = SyntheticDay.Generate(new SyntheticDayOptions
            {
                Seed = seed,
                Slots = random.Next(1, 40),
                Entries = random.Next(1, 60),
                Departments = random.Next(1, 4),
                HorizonDays = random.Next(1, 6),
                NonDigitalShare = 0.2,
                SelfBookShare = 0.15,
                DigitalShare = random.NextDouble(),
                Now = OfferFixtures.Now,
            });
            var policy = OfferPolicy.Default with
            {
                ReserveShare = random.Next(5) * 0.1,
                PhoneCallsPerDepartmentDay = random.Next(4),
                MinimumGain = TimeSpan.FromHours(random.Next(48)),
                CandidatesPerSlot = 1000,
                SelfBookTicketValue = random.Next(3),
            };
            var instance = OfferInstance.Create(OfferFixtures.Rules(policy), slots, entries);
            var result = new OfferOptimizer(new CbcSolver(), new OfferOptimizerOptions { MaxParallelism = 1 })
                .OptimiseAsync(instance).GetAwaiter().GetResult();
            check(instance, result, new Rows(slots.ToDictionary(s => s.SlotId), entries.ToDictionary(e => e.EntryId)));
        }).Check(Runs);
}
