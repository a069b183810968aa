using Attendance.Scheduler.Cbc;
using Attendance.Scheduler.Tests.Solving;

namespace Attendance.Scheduler.Tests.Cbc;

public sealed class CbcModelTests
{
    [Fact]
    public void Version_LoadedLibrary_IsDebians2_10_8()
    {
        // The interop (Cbc_setSolveRelax, status semantics, parameter names) was checked against this version.
        Assert.Equal("2.10.8", CbcModel.Version);
    }

    [Fact]
    public void SolveRelaxation_OnClone_LeavesOriginalSolvableByBranchAndBound()
    {
        var problem = MipProblems.Knapsack();
        using var model = CbcModel.Load(problem, logLevel: 0);
        var lp = new double[problem.ColumnCount];
        var best = new double[problem.ColumnCount];

        using (var clone = model.Clone())
        {
            Assert.Equal(LpOutcome.Optimal, clone.SolveRelaxation());
            clone.CopyRelaxationSolution(lp);
            Assert.False(clone.TryCopyBestSolution(best), "an LP-only solve has no integer incumbent");
        }

        model.SetBranchAndBoundParameters(Scheduler.Solving.MipSolveOptions.Default, TimeSpan.FromSeconds(10));
        var state = model.SolveBranchAndBound();

        Assert.True(state.ProvenOptimal);
        Assert.True(model.TryCopyBestSolution(best));
        Assert.Equal(MipProblems.KnapsackOptimum, problem.ObjectiveValue(best), 6);
        Assert.True(problem.ObjectiveValue(lp) > MipProblems.KnapsackOptimum);
    }
}
