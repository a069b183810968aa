using Attendance.Data.Contract;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using static Attendance.Scheduler.Tests.Offers.OfferFixtures;

namespace Attendance.Scheduler.Tests.Offers;

public sealed class OfferRulesTests
{
    [Fact]
    public void Check_DefaultFixture_IsEligible() => Assert.Equal(Ineligibility.None, Rules().Check(Slot(), Entry()));

    [Fact]
    public void Check_OtherDepartment_IsIneligible() =>
        Assert.Equal(Ineligibility.OtherDepartment, Rules().Check(Slot(department: "Urologi"), Entry()));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_SubacuteSlot_IsNeverOffered(bool digital) =>
        Assert.Equal(Ineligibility.Subacute, Rules().Check(Slot(reserved: SlotReservation.Subacute), Entry(digital: digital)));

    [Fact]
    public void Check_SelfBookTicket_IsNeverOfferedToAnEntry() =>
        Assert.Equal(Ineligibility.SelfBookTicket, Rules().Check(Slot(kind: SlotKind.SelfBook), Entry()));

    [Fact]
    public void Check_NonDigitalSlot_GoesToPhoneEntriesOnly()
    {
        var slot = Slot(reserved: SlotReservation.NonDigital);
        Assert.Equal(Ineligibility.NonDigitalSlot, Rules().Check(slot, Entry(digital: true)));
        Assert.Equal(Ineligibility.None, Rules().Check(slot, Entry(digital: false)));
    }

    [Fact]
    public void Check_EntryAlreadyHoldingTheSlot_IsIneligible() =>
        Assert.Equal(Ineligibility.AlreadyHeld, Rules().Check(Slot(id: "B1"), Entry(bookingId: "B1")));

    [Fact]
    public void Check_DifferentHarmonisedFamily_IsIneligible() =>
        Assert.Equal(Ineligibility.FamilyMismatch, Rules().Check(Slot(visitType: "Scanning", duration: 60), Entry(visitType: "Kontrol")));

    [Fact]
    public void Check_RawNameAndFamilyNameOfSameFamily_AreCompatible() =>
        Assert.Equal(Ineligibility.None, Rules().Check(Slot(visitType: "Kontrol 30"), Entry(visitType: "Kontrol")));

    [Fact]
    public void Check_SlotShorterThanVisit_IsIneligible_EqualIsEnough()
    {
        Assert.Equal(Ineligibility.TooShort, Rules().Check(Slot(duration: 20), Entry(duration: 30)));
        Assert.Equal(Ineligibility.None, Rules().Check(Slot(duration: 30), Entry(duration: 30)));
    }

    [Fact]
    public void Check_SlotBeforeEarliestAt_IsIneligible()
    {
        Assert.Equal(Ineligibility.BeforeEarliest, Rules().Check(Slot(daysFromNow: 3), Entry(earliestInDays: 4)));
        Assert.Equal(Ineligibility.None, Rules().Check(Slot(daysFromNow: 4), Entry(earliestInDays: 4)));
    }

    [Fact]
    public void Check_GainBelowMinimum_IsIneligible_ExactMinimumIsEnough()
    {
        var policy = OfferPolicy.Default with { MinimumGain = TimeSpan.FromDays(2) };
        Assert.Equal(Ineligibility.TooLittleGain, Rules(policy).Check(Slot(daysFromNow: 11.5), Entry(currentInDays: 13)));
        Assert.Equal(Ineligibility.None, Rules(policy).Check(Slot(daysFromNow: 11), Entry(currentInDays: 13)));
    }

    [Fact]
    public void Check_UnbookedEntry_GainCountsFromTheUnbookedWait()
    {
        var policy = OfferPolicy.Default with { UnbookedWait = TimeSpan.FromDays(5) };
        Assert.Equal(Ineligibility.None, Rules(policy).Check(Slot(daysFromNow: 3), Entry(currentInDays: null)));
        Assert.Equal(Ineligibility.TooLittleGain, Rules(policy).Check(Slot(daysFromNow: 4.5), Entry(currentInDays: null)));
    }

    [Fact]
    public void Check_NoticeDependsOnChannel_FastPass24HoursPhone2Hours()
    {
        var slot = Slot(daysFromNow: 0.5);
        Assert.Equal(Ineligibility.TooLittleNotice, Rules().Check(slot, Entry(digital: true)));
        Assert.Equal(Ineligibility.None, Rules().Check(slot, Entry(digital: false)));
        Assert.Equal(Ineligibility.TooLittleNotice, Rules().Check(Slot(daysFromNow: 1.0 / 24), Entry(digital: false)));
    }

    [Fact]
    public void Check_SiteNotPreferred_IsIneligible()
    {
        Assert.Equal(Ineligibility.SiteNotPreferred, Rules().Check(Slot(site: "NSR"), Entry(preferredSites: "SUH, Holbæk")));
        Assert.Equal(Ineligibility.None, Rules().Check(Slot(site: "Holbæk"), Entry(preferredSites: "SUH, Holbæk")));
    }

    [Fact]
    public void Check_TravelBeyondLimit_IsIneligible_DetourOnlyWithoutPreferredSites()
    {
        var policy = OfferPolicy.Default with { MaxTravelKm = 50, OtherSiteDetourKm = 30 };
        Assert.Equal(Ineligibility.TooFar, Rules(policy).Check(Slot(), Entry(distanceKm: 25)));
        Assert.Equal(Ineligibility.None, Rules(policy).Check(Slot(), Entry(distanceKm: 20)));
        Assert.Equal(Ineligibility.None, Rules(policy).Check(Slot(), Entry(distanceKm: 45, preferredSites: "SUH")));
    }

    [Fact]
    public void Evaluate_ValueIsWeightTimesAttendanceTimesDaysGained()
    {
        var scores = new ScoreTable(new Dictionary<string, double> { ["B1"] = 0.2 });
        var evaluation = Rules(scores: scores).Evaluate(Slot(daysFromNow: 3), Entry(currentInDays: 13, triage: Triage.Vulnerable));
        Assert.Equal(10, evaluation.DaysGained, 9);
        Assert.Equal(0.8, evaluation.ExpectedAttendance, 12);
        Assert.Equal(3 * 0.8 * 10, evaluation.Value, 9);
        Assert.Null(evaluation.MeetsDeadline);
    }

    [Fact]
    public void Evaluate_WithoutScore_UsesPolicyDefaultNoShowProbability()
    {
        var evaluation = Rules(OfferPolicy.Default with { DefaultNoShowProbability = 0.3 }).Evaluate(Slot(), Entry(triage: Triage.Routine));
        Assert.Equal(0.7 * 10, evaluation.Value, 9);
    }

    [Fact]
    public void Evaluate_DaysGainedAreCapped()
    {
        var evaluation = Rules(OfferPolicy.Default with { DaysGainedCap = 5 }).Evaluate(Slot(daysFromNow: 3), Entry(currentInDays: 43, triage: Triage.Routine));
        Assert.Equal(40, evaluation.DaysGained, 9);
        Assert.Equal(0.9 * 5, evaluation.Value, 9);
    }

    [Fact]
    public void Evaluate_TriageOrdersValue_VulnerableAboveUnchangedAboveRoutine()
    {
        double ValueOf(Triage t) => Rules().Evaluate(Slot(), Entry(triage: t)).Value;
        Assert.True(ValueOf(Triage.Vulnerable) > ValueOf(Triage.Unchanged));
        Assert.True(ValueOf(Triage.Unchanged) > ValueOf(Triage.Routine));
    }

    [Fact]
    public void Evaluate_MoveThatMakesAMissedDeadline_GetsTheBonus()
    {
        var due = DateOnly.FromDateTime(Now.AddDays(5).UtcDateTime);
        var evaluation = Rules().Evaluate(Slot(daysFromNow: 3), Entry(currentInDays: 13, dueBy: due, triage: Triage.Routine));
        Assert.True(evaluation.MeetsDeadline);
        Assert.True(evaluation.MakesDeadline);
        Assert.Equal((0.9 * 10) + 1000, evaluation.Value, 9);
    }

    [Fact]
    public void Evaluate_DeadlineTheCurrentBookingAlreadyMeets_GivesNoBonus()
    {
        var due = DateOnly.FromDateTime(Now.AddDays(20).UtcDateTime);
        var evaluation = Rules().Evaluate(Slot(daysFromNow: 3), Entry(currentInDays: 13, dueBy: due, triage: Triage.Routine));
        Assert.True(evaluation.MeetsDeadline);
        Assert.False(evaluation.MakesDeadline);
        Assert.Equal(0.9 * 10, evaluation.Value, 9);
    }

    [Fact]
    public void Evaluate_SlotAfterTheDeadline_DoesNotMeetIt()
    {
        var due = DateOnly.FromDateTime(Now.AddDays(2).UtcDateTime);
        var evaluation = Rules().Evaluate(Slot(daysFromNow: 3), Entry(currentInDays: 13, dueBy: due));
        Assert.False(evaluation.MeetsDeadline);
        Assert.False(evaluation.MakesDeadline);
    }

    [Fact]
    public void Evaluate_DeadlineUsesTheClinicsLocalDate()
    {
        // 23:30 UTC on 2 March is 00:30 on 3 March in Copenhagen: it misses a due_by of 2 March.
        var slot = Slot(daysFromNow: 17.5 / 24);
        var evaluation = Rules().Evaluate(slot, Entry(dueBy: new DateOnly(2026, 3, 2)));
        Assert.False(evaluation.MeetsDeadline);
    }
}
