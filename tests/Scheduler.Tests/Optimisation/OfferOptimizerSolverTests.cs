using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;
using Attendance.Scheduler.Tests.Offers;
using Attendance.Scheduler.Tests.Solving;

namespace Attendance.Scheduler.Tests.Optimisation;

public sealed class OfferOptimizerSolverTests
{
    [Fact]
    public async Task Optimise_SolverStopsWithoutIncumbent_FallsBackToGreedyAndSaysSo()
    {
        var instance = CreateInstance();
        var result = await new OfferOptimizer(new NoIncumbentSolver()).OptimiseAsync(instance);

        var department = Assert.Single(result.Departments);
        Assert.True(department.UsedGreedyFallback);
        Assert.Equal(MipStatus.TimeLimitWithoutIncumbent, department.Status);
        Assert.NotEmpty(result.Offers);
        Assert.Equal(result.Offers.Count, result.Offers.Select(o => o.SlotId).Distinct().Count());
        var moves = result.Offers.Where(o => o.EntryId is not null).ToList();
        Assert.Equal(moves.Count, moves.Select(o => o.EntryId).Distinct().Count());
    }

    [Fact]
    public async Task Optimise_IsolatedSolver_GivesTheInProcessOptimum()
    {
        var instance = CreateInstance();
        var inProcess = await new OfferOptimizer(new CbcSolver()).OptimiseAsync(instance);
        var isolated = await new OfferOptimizer(new IsolatedCbcSolver(TestWorkerProgram.Command(TestWorkerProgram.SolveVerb))).OptimiseAsync(instance);

        Assert.Equal(inProcess.TotalValue, isolated.TotalValue, 6);
        Assert.Equal(inProcess.Offers.Select(o => o.OfferId), isolated.Offers.Select(o => o.OfferId));
    }

    private static OfferInstance CreateInstance()
    {
        var (slots, entries) = SyntheticDay.Generate(new SyntheticDayOptions { Slots = 60, Entries = 400, Departments = 1, Now = OfferFixtures.Now });
        return OfferInstance.Create(OfferFixtures.Rules(), slots, entries);
    }

    private sealed class NoIncumbentSolver : IMipSolver
    {
        public Task<MipResult> SolveAsync(MipProblem problem, MipSolveOptions options, CancellationToken cancellationToken) =>
            Task.FromResult(new MipResult(MipStatus.TimeLimitWithoutIncumbent, double.NaN, 1e6, double.NaN, double.NaN,
                ReadOnlyMemory<double>.Empty, 0, TimeSpan.Zero, false));
    }
}
