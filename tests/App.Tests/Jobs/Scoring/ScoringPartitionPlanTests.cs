using Attendance.App.Jobs.Scoring;

namespace Attendance.App.Tests.Jobs.Scoring;

public sealed class ScoringPartitionPlanTests
{
    [Fact]
    public void Assign_PutsEachDepartmentWholeInOnePartition_BalancedByBookings()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["Kardiologi"] = 50, ["Ortopædi"] = 40, ["Øre-næse-hals"] = 30, ["Hud"] = 20, ["Øjne"] = 10, [ScoringPartitionPlan.NullDepartment] = 5,
        };

        var plan = ScoringPartitionPlan.Assign(counts, 3);

        Assert.Equal<string?[][]>([[null, "Kardiologi"], ["Ortopædi", "Øjne"], ["Hud", "Øre-næse-hals"]], plan.Select(part => part.Departments.ToArray()).ToArray());
        Assert.Equal([55L, 50L, 50L], plan.Select(part => part.Bookings));
    }

    [Fact]
    public void Assign_FewerDepartmentsThanPartitions_OnePartitionEach_AndNoBookingsStillOnePartition()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["A"] = 1, ["B"] = 1 };

        Assert.Equal(2, ScoringPartitionPlan.Assign(counts, 8).Count);
        Assert.Equal((IReadOnlyList<string?>)[], Assert.Single(ScoringPartitionPlan.Assign(new Dictionary<string, long>(), 8)).Departments);
    }
}
