using System.Diagnostics;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Solving;

/// <summary>The child process is this test assembly itself; see <see cref="TestWorkerProgram"/>.</summary>
public sealed class IsolatedCbcSolverTests
{
    private static IsolatedCbcSolver CreateSut(string verb = TestWorkerProgram.SolveVerb, string[]? extra = null, TimeSpan? grace = null) =>
        new(TestWorkerProgram.Command(verb, extra ?? []), grace);

    [Fact]
    public async Task SolveAsync_Knapsack_MatchesInProcessSolver()
    {
        var problem = MipProblems.Knapsack(withNames: true);
        var inProcess = CbcSolver.Solve(problem, MipSolveOptions.Default);

        var isolated = await CreateSut().SolveAsync(problem, MipSolveOptions.Default, CancellationToken.None);

        Assert.Equal(MipStatus.Optimal, isolated.Status);
        Assert.Equal(MipProblems.KnapsackOptimum, isolated.Objective, 9);
        Assert.Equal(inProcess.Solution.ToArray(), isolated.Solution.ToArray());
        Assert.Equal(inProcess.LpBound, isolated.LpBound);
        Assert.Equal(inProcess.BestBound, isolated.BestBound);
        Assert.False(isolated.LpRelaxationWasIntegral);
    }

    [Fact]
    public async Task SolveAsync_InfeasibleProblem_ReportsInfeasibleAcrossProcesses()
    {
        var problem = MipProblems.FromDense([1], [[2]], [1], [1], columnUpper: [1]);

        var result = await CreateSut().SolveAsync(problem, MipSolveOptions.Default, CancellationToken.None);

        Assert.Equal(MipStatus.Infeasible, result.Status);
        Assert.False(result.HasSolution);
        Assert.True(double.IsNaN(result.Objective));
    }

    [Fact]
    public async Task SolveAsync_CbcAbortsInChild_ThrowsSolverCrashedWithSigabrtAndCbcMessage()
    {
        var error = await Assert.ThrowsAsync<SolverCrashedException>(() =>
            CreateSut(TestWorkerProgram.CbcAbortVerb).SolveAsync(MipProblems.Assignment(), MipSolveOptions.Default, CancellationToken.None));

        Assert.Equal(134, error.ExitCode);
        Assert.Equal(6, error.Signal);
        Assert.False(error.TimedOut);
        Assert.Contains("row sense", error.StandardError, StringComparison.Ordinal);
        Assert.Contains("SIGABRT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ChildExitsWithError_ThrowsSolverCrashedWithExitCode()
    {
        var error = await Assert.ThrowsAsync<SolverCrashedException>(() =>
            CreateSut(TestWorkerProgram.ExitVerb, ["3"]).SolveAsync(MipProblems.Assignment(), MipSolveOptions.Default, CancellationToken.None));

        Assert.Equal(3, error.ExitCode);
        Assert.Null(error.Signal);
        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SolveAsync_ChildHangs_KillsItAfterDeadline()
    {
        var options = new MipSolveOptions { TimeLimit = TimeSpan.FromMilliseconds(100) };

        var error = await Assert.ThrowsAsync<SolverCrashedException>(() =>
            CreateSut(TestWorkerProgram.HangVerb, grace: TimeSpan.FromMilliseconds(900)).SolveAsync(MipProblems.Assignment(), options, CancellationToken.None));

        Assert.True(error.TimedOut);
        Assert.Null(error.ExitCode);
    }

    [Fact]
    public async Task SolveAsync_Cancelled_KillsChildAndThrowsCancellation()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CreateSut(TestWorkerProgram.HangVerb).SolveAsync(MipProblems.Assignment(), MipSolveOptions.Default, cancellation.Token));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public async Task ChildProcess_Solve_WritesToStandardOutputOnlyWhenLoggingIsOn(int logLevel, bool expectOutput)
    {
        // The knapsack passes through both of CBC's printing paths: the LP relaxation (Clp) and CbcMain1.
        var directory = Directory.CreateTempSubdirectory("cbc-stdout-");
        try
        {
            var problemPath = Path.Combine(directory.FullName, "problem.mip");
            var resultPath = Path.Combine(directory.FullName, "result.mip");
            await using (var file = File.Create(problemPath))
            {
                MipWireFormat.WriteProblem(file, MipProblems.Knapsack(), new MipSolveOptions { LogLevel = logLevel });
            }

            var command = TestWorkerProgram.Command(TestWorkerProgram.SolveVerb, problemPath, resultPath);
            var start = new ProcessStartInfo(command.FileName) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in command.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {await stderr}");
            Assert.True(File.Exists(resultPath));
            if (expectOutput)
            {
                // Positive control: proves the capture would see CBC's C stdio output.
                Assert.Contains("Cbc", await stdout, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal("", await stdout);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
