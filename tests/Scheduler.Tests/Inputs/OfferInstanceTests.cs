using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using static Attendance.Scheduler.Tests.Offers.OfferFixtures;

namespace Attendance.Scheduler.Tests.Inputs;

public sealed class OfferInstanceTests
{
    [Fact]
    public void Create_DuplicateSlotId_ThrowsNamingBothRows()
    {
        var error = Assert.Throws<ScheduleInputException>(() => OfferInstance.Create(Rules(), [Slot("S1"), Slot("S2"), Slot("S1")], [Entry()]));
        Assert.Equal("slot row 3: duplicate slot_id (first seen at slot row 1)", error.Message);
    }

    [Fact]
    public void Create_DuplicateEntryId_ThrowsUsingTheCallersDescription()
    {
        var error = Assert.Throws<ScheduleInputException>(() =>
            OfferInstance.Create(Rules(), [Slot()], [Entry("E1"), Entry("E1")], describeEntry: i => $"wl.parquet row {i + 1}"));
        Assert.Equal("wl.parquet row 2: duplicate entry_id (first seen at wl.parquet row 1)", error.Message);
    }

    [Fact]
    public void Create_DepartmentNotInPolicy_ThrowsNamingRowAndDepartment()
    {
        var policy = OfferPolicy.Default with { Departments = ["Kardiologi"] };
        var error = Assert.Throws<ScheduleInputException>(() =>
            OfferInstance.Create(Rules(policy), [Slot(), Slot("S2", department: "Urologi")], [Entry()]));
        Assert.Equal("slot row 2: department 'Urologi' is not among the policy's departments", error.Message);
    }

    [Fact]
    public void Create_SlotsInThePast_AreSkippedAndCounted()
    {
        var instance = OfferInstance.Create(Rules(), [Slot("S1", daysFromNow: -0.1), Slot("S2")], [Entry()]);
        Assert.Equal(1, instance.Skips.SlotsInPast);
        Assert.Equal(1, instance.SlotCount);
    }

    [Fact]
    public void Create_OverlappingSlotsOfOneResource_KeepsTheEarlierAndCountsTheRest()
    {
        var slots = new[]
        {
            Slot("S2", daysFromNow: 3 + (15 / 1440.0), resource: "R1"),
            Slot("S1", daysFromNow: 3, resource: "R1"),
            Slot("S3", daysFromNow: 3 + (30 / 1440.0), resource: "R1"),
            Slot("S4", daysFromNow: 3, resource: "R2"),
        };
        var instance = OfferInstance.Create(Rules(), slots, [Entry()]);
        Assert.Equal(1, instance.Skips.SlotsOverlapping);
        Assert.Equal(["S1", "S3", "S4"], instance.PreparedSlots.Select(s => s.Row.SlotId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_EntriesOfDepartmentsWithoutSlots_AreSkippedAndCounted()
    {
        var instance = OfferInstance.Create(Rules(), [Slot()], [Entry("E1"), Entry("E2", department: "Urologi")]);
        Assert.Equal(1, instance.Skips.EntriesWithoutSlots);
        Assert.Equal(1, instance.EntryCount);
    }

    [Fact]
    public void Create_EntryHoldingOneOfTheSlots_IsCounted()
    {
        var instance = OfferInstance.Create(Rules(), [Slot("B1"), Slot("S2")], [Entry(bookingId: "B1")]);
        Assert.Equal(1, instance.Skips.EntriesHoldingASlot);
    }
}
