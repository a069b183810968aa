using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;
using static Attendance.Scheduler.Tests.Offers.OfferFixtures;

namespace Attendance.Scheduler.Tests.Optimisation;

public sealed class OfferOptimizerTests
{
    [Fact]
    public async Task Optimise_EntryWhoseDeadlineTheMoveMakes_WinsTheSlotOverAVulnerableOne()
    {
        var due = DateOnly.FromDateTime(Now.AddDays(5).UtcDateTime);
        var result = await RunAsync([Slot()], [Entry("E1", triage: Triage.Vulnerable, currentInDays: 40), Entry("E2", triage: Triage.Routine, dueBy: due)]);
        var offer = Assert.Single(result.Offers);
        Assert.Equal("E2", offer.EntryId);
        Assert.True(offer.MeetsDeadline);
        Assert.Contains("meets due_by 2026-03-07 that the current booking misses", offer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimise_OtherwiseEqualEntries_SlotGoesToTheLongestWaiting()
    {
        var result = await RunAsync([Slot()], [Entry("E1"), Entry("E2"), Entry("E3")]);
        Assert.Equal("E1", Assert.Single(result.Offers).EntryId);
    }

    [Fact]
    public async Task Optimise_ContestedEntry_TradesOffAcrossSlots()
    {
        // E1 is worth more on either slot, but only E1 fits the short one: the optimum gives E1 the short slot.
        var slots = new[] { Slot("A", duration: 30), Slot("B", duration: 15) };
        var entries = new[] { Entry("E1", duration: 15, triage: Triage.Vulnerable), Entry("E2", duration: 30) };
        var result = await RunAsync(slots, entries);
        Assert.Equal("E1", result.Offers.Single(o => o.SlotId == "B").EntryId);
        var a = result.Offers.Single(o => o.SlotId == "A");
        Assert.Equal("E2", a.EntryId);
        Assert.Equal(2, a.Rank);
        Assert.Contains("2nd of 2 candidates considered for this slot", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimise_FiveSlotsOnADay_KeepsTwentyPercentFromFastPass()
    {
        var slots = Enumerable.Range(0, 5).Select(i => Slot($"S{i}", daysFromNow: 3 + (i / 24.0))).ToArray();
        var entries = Enumerable.Range(0, 10).Select(i => Entry($"E{i}")).ToArray();
        var result = await RunAsync(slots, entries, OfferPolicy.Default);
        Assert.Equal(4, result.Offers.Count(o => o.Channel == OfferChannel.FastPass));
        var summary = Assert.Single(result.Departments);
        Assert.Equal(1, summary.KeptFromDigital);
    }

    [Fact]
    public async Task Optimise_NonDigitalEntries_AreCalledUpToTheDailyCap()
    {
        var slots = Enumerable.Range(0, 5).Select(i => Slot($"S{i}")).ToArray();
        var entries = Enumerable.Range(0, 5).Select(i => Entry($"E{i}", digital: false)).ToArray();
        var result = await RunAsync(slots, entries, OfferPolicy.Default with { PhoneCallsPerDepartmentDay = 2 });
        Assert.Equal(2, result.Offers.Count);
        Assert.All(result.Offers, o => Assert.Equal(OfferChannel.Phone, o.Channel));
    }

    [Fact]
    public async Task Optimise_SelfBookSlotWithoutABetterMove_IsReleasedAsATicket()
    {
        var result = await RunAsync([Slot("T", kind: SlotKind.SelfBook), Slot("F")], [Entry("E1", visitType: "Scanning")],
            OfferPolicy.Default with { ReserveShare = 0 });
        var ticket = Assert.Single(result.Offers);
        Assert.Equal(OfferChannel.SelfBook, ticket.Channel);
        Assert.Equal("T/ticket", ticket.OfferId);
        Assert.Null(ticket.EntryId);
    }

    [Fact]
    public async Task Optimise_SelfBookSlot_IsNeverOfferedToAWaitingListEntry()
    {
        var result = await RunAsync([Slot("T", kind: SlotKind.SelfBook)], [Entry("E1", triage: Triage.Vulnerable)]);
        Assert.Equal(OfferChannel.SelfBook, Assert.Single(result.Offers).Channel);
    }

    [Fact]
    public async Task Optimise_TicketsCompeteWithFastPassForTheDaysDigitalCap()
    {
        // Two free slots and two tickets on one day, 25% reserve: 3 digital; both moves are worth more than a ticket.
        var slots = new[] { Slot("F1"), Slot("F2"), Slot("T1", kind: SlotKind.SelfBook), Slot("T2", kind: SlotKind.SelfBook) };
        var result = await RunAsync(slots, [Entry("E1"), Entry("E2")], OfferPolicy.Default with { ReserveShare = 0.25 });
        Assert.Equal(2, result.Offers.Count(o => o.Channel == OfferChannel.FastPass));
        Assert.Equal(1, result.Offers.Count(o => o.Channel == OfferChannel.SelfBook));
    }

    [Fact]
    public async Task Optimise_FewCandidatesPerSlotAndIdenticalEntries_StillFillsEverySlot()
    {
        // Regression: with the best K per slot alone, every slot listed the same K entries and all but K slots starved.
        var slots = Enumerable.Range(0, 30).Select(i => Slot($"S{i:D2}", daysFromNow: 3 + (i / 100.0))).ToArray();
        var entries = Enumerable.Range(0, 100).Select(i => Entry($"E{i:D3}", currentInDays: 40)).ToArray();
        var result = await RunAsync(slots, entries, NoReserve with { CandidatesPerSlot = 2 });
        Assert.Equal(30, result.Offers.Count);
        Assert.True(Assert.Single(result.Departments).Restricted);
    }

    [Fact]
    public async Task Optimise_AcceptedMove_NamesTheBookingItFrees()
    {
        var result = await RunAsync([Slot()], [Entry(bookingId: "B77")]);
        Assert.Equal("B77", Assert.Single(result.Offers).FreesBookingId);
    }

    [Fact]
    public async Task Optimise_SyntheticDay_MakesFastPassAndPhoneOffersAndProvesOptimality()
    {
        var (slots, entries) = SyntheticDay.Generate(new SyntheticDayOptions { Slots = 300, Entries = 3000, Departments = 3, Now = Now });
        var result = await RunAsync(slots, entries, OfferPolicy.Default);
        Assert.Contains(result.Offers, o => o.Channel == OfferChannel.FastPass);
        Assert.Contains(result.Offers, o => o.Channel == OfferChannel.Phone);
        Assert.All(result.Departments, d => Assert.Equal(MipStatus.Optimal, d.Status));
        Assert.All(result.Departments, d => Assert.True(d.Gap <= 1e-9));
    }

    [Fact]
    public async Task Optimise_WithAlternatives_ReturnsTheSlotsOtherCandidatesInTheOffersChannelByRank()
    {
        var entries = new[] { Entry("E1", triage: Triage.Vulnerable), Entry("E2"), Entry("E3", digital: false), Entry("E4", triage: Triage.Routine), Entry("E5") };
        var instance = OfferInstance.Create(Rules(NoReserve), [Slot()], entries);

        var result = await new OfferOptimizer(new CbcSolver(), new OfferOptimizerOptions { AlternativesPerSlot = 2 }).OptimiseAsync(instance);
        var none = await new OfferOptimizer(new CbcSolver()).OptimiseAsync(instance);

        Assert.Equal("E1", Assert.Single(result.Offers).EntryId);
        Assert.Equal(["E2", "E5"], result.Alternatives.Select(a => a.EntryId));
        Assert.Equal([2, 4], result.Alternatives.Select(a => a.Rank)); // E3 (phone) ranks 3rd and is left out
        Assert.All(result.Alternatives, a => Assert.Equal(OfferChannel.FastPass, a.Channel));
        Assert.Contains("2nd of 5 candidates considered for this slot", result.Alternatives[0].Reason, StringComparison.Ordinal);
        Assert.Empty(none.Alternatives);
    }

    private static Task<ScheduleResult> RunAsync(IReadOnlyList<Slot> slots, IReadOnlyList<WaitlistEntry> entries, OfferPolicy? policy = null) =>
        new OfferOptimizer(new CbcSolver()).OptimiseAsync(OfferInstance.Create(Rules(policy ?? NoReserve), slots, entries));

    /// <summary>Without a reserve: with the default 20%, a department-day of one slot keeps it (⌊0.8 · 1⌋ = 0 digital).</summary>
    private static readonly OfferPolicy NoReserve = OfferPolicy.Default with { ReserveShare = 0 };
}
