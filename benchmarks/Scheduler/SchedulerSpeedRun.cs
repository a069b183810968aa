using System.Diagnostics;
using System.Globalization;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Baseline;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;

namespace Attendance.Benchmarks.Scheduler;

/// <summary>
/// End-to-end optimiser speed on a synthetic day, with the `cbc` command line as the peer for one department's
/// objective. Usage: <c>scheduler-speed [--slots 2000] [--entries 20000] [--parallelism 2] [--candidates 20]
/// [--runs 3] [--worker PATH-TO-attendance]</c> (with --worker, departments are solved by IsolatedCbcSolver children).
/// </summary>
internal static class SchedulerSpeedRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var slots = Option(args, "--slots", 2_000);
        var entries = Option(args, "--entries", 20_000);
        var parallelism = Option(args, "--parallelism", 2);
        var runs = Option(args, "--runs", 3);
        var policy = OfferPolicy.Default with { CandidatesPerSlot = Option(args, "--candidates", OfferPolicy.Default.CandidatesPerSlot) };
        var worker = Array.IndexOf(args, "--worker") is var w and >= 0 && w + 1 < args.Length ? args[w + 1] : null;

        var day = new SyntheticDayOptions { Slots = slots, Entries = entries };
        var (slotRows, entryRows) = SyntheticDay.Generate(day);
        var clock = Stopwatch.StartNew();
        var instance = OfferInstance.Create(new OfferRules(policy, VisitTypeHarmoniser.Load(), day.Now), slotRows, entryRows);
        Console.WriteLine(Inv($"instance {slots} slots × {entries} entries, {instance.DepartmentNames.Count} departments: checked in {clock.Elapsed.TotalSeconds:0.00} s; load average {LoadAverage()}"));

        IMipSolver solver = worker is null ? new CbcSolver() : new IsolatedCbcSolver(new CbcWorkerCommand(worker, ["solve-worker"]));
        var optimizer = new OfferOptimizer(solver, new OfferOptimizerOptions { MaxParallelism = parallelism });
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            var result = optimizer.OptimiseAsync(instance).GetAwaiter().GetResult();
            var d = result.Departments;
            Console.WriteLine(
                Inv($"optimise ({(worker is null ? "in process" : "isolated")}, parallelism {parallelism}): {clock.Elapsed.TotalSeconds:0.00} s, {result.Offers.Count} offers, value {result.TotalValue:0.0}, ") +
                Inv($"{d.Sum(x => x.Candidates)} columns, optimal {d.Count(x => x.Status == MipStatus.Optimal)}/{d.Count}, LP integral {d.Count(x => x.LpWasIntegral)}, solves {d.Sum(x => x.Solves)}, ") +
                Inv($"max gap {d.Max(x => x.Gap):0.####}, solver share {d.Sum(x => x.SolverElapsed.TotalSeconds) / d.Sum(x => x.Elapsed.TotalSeconds):P0}"));
        }

        clock.Restart();
        var baseline = FcfsBaseline.Run(instance);
        Console.WriteLine(Inv($"FCFS baseline: {clock.Elapsed.TotalSeconds:0.00} s, {baseline.Filled.Count} moves, value {baseline.FilledValue:0.0}"));
        CrossCheck(instance);
        return 0;
    }

    /// <summary>Exports the first department's MIP and solves it with the cbc command line, when installed.</summary>
    private static void CrossCheck(OfferInstance instance)
    {
        var (department, problem) = OfferOptimizer.BuildProblems(instance)[0];
        var own = CbcSolver.Solve(problem, MipSolveOptions.Default);
        var directory = Directory.CreateTempSubdirectory("attendance-mps-");
        try
        {
            var path = MpsExport.Write(problem, Path.Combine(directory.FullName, "department"));
            var start = new ProcessStartInfo("cbc") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(path);
            start.ArgumentList.Add("solve");
            using var cbc = Process.Start(start)!;
            var output = cbc.StandardOutput.ReadToEnd();
            cbc.WaitForExit();
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("Objective value:", StringComparison.Ordinal))?.Trim() ?? "(no objective line)";
            Console.WriteLine(Inv($"cross-check {department}: ours {own.Objective:0.0000} ({own.Status}); cbc CLI on the MPS export (minimises −objective): {line}"));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("cross-check skipped: no cbc command line (apt-get install coinor-cbc)");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], Invariant) : fallback;

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
