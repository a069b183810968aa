using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Simulation;

public sealed class OfferSimulationTests
{
    [Fact]
    public async Task Run_SmallReplay_CalibratesFcfsNearTheFieldAcceptanceAndComparesThreePolicies()
    {
        var options = new SimulationOptions
        {
            Days = 2,
            CalibrationDays = 2,
            RoundsPerDay = 2,
            Day = new SyntheticDayOptions { Slots = 150, Entries = 1500, Departments = 2, SelfBookShare = 0 },
        };
        var report = await new OfferSimulation(options, VisitTypeHarmoniser.Load(), new CbcSolver()).RunAsync();

        Assert.Equal(3, report.Outcomes.Count);
        var fcfs = report.Outcomes[0];
        Assert.InRange(fcfs.AcceptedShare, 0.09, 0.13);
        Assert.Equal(0, fcfs.FilledByNonDigital);
        Assert.All(report.Outcomes, o => Assert.True(o.Filled > 0 && o.Filled <= o.OfferableSlots));
        // One offer per slot and round: the optimiser never sends more offers than slots it offers.
        Assert.Equal(report.Outcomes[1].SlotsOffered, report.Outcomes[1].OffersSent);
        Assert.True(report.Outcomes[1].CascadeSlots > 0);
    }
}
