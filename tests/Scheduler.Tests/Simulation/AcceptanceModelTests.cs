using Attendance.Scheduler.Simulation;

namespace Attendance.Scheduler.Tests.Simulation;

public sealed class AcceptanceModelTests
{
    private static readonly AcceptanceModel Model = new(-3);

    [Fact]
    public void Probability_FallsWithShorterNotice() =>
        Assert.True(Model.Probability(10, TimeSpan.FromHours(6)) < Model.Probability(10, TimeSpan.FromDays(3)));

    [Fact]
    public void Probability_FallsWithFewerDaysGained() =>
        Assert.True(Model.Probability(2, TimeSpan.FromDays(2)) < Model.Probability(20, TimeSpan.FromDays(2)));

    [Fact]
    public void Calibrated_FindsTheInterceptThatHitsTheTarget()
    {
        // A one-offer "run" whose acceptance rate is the model's probability at 10 days gained and 2 days' notice.
        var model = AcceptanceModel.Calibrated(0.11, m => m.Probability(10, TimeSpan.FromDays(2)));
        Assert.Equal(0.11, model.Probability(10, TimeSpan.FromDays(2)), 6);
    }
}
