using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Baseline;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Scheduler;

/// <summary>
/// End-to-end offer optimisation on a synthetic region-day (2k free slots × 20k entries, 13 departments); the
/// national scale (20k × 200k) is the <c>scheduler-speed</c> run (a BenchmarkDotNet job there takes too long). Candidate generation, MIP build and CBC solve per department, departments two at a time
/// in process (the default) or one after another; the FCFS baseline on the same instance for scale.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class OfferOptimizerBenchmarks
{
    private OfferInstance _instance = null!;

    [Params(2_000)]
    public int Slots { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new SyntheticDayOptions { Slots = Slots, Entries = 10 * Slots };
        var (slots, entries) = SyntheticDay.Generate(options);
        _instance = OfferInstance.Create(new OfferRules(OfferPolicy.Default, VisitTypeHarmoniser.Load(), options.Now), slots, entries);
    }

    [Benchmark(Baseline = true)]
    public BaselineResult FcfsBroadcast() => FcfsBaseline.Run(_instance);

    [Benchmark]
    public Task<ScheduleResult> OptimiseParallel() =>
        new OfferOptimizer(new CbcSolver(), new OfferOptimizerOptions { MaxParallelism = 2 }).OptimiseAsync(_instance);

    [Benchmark]
    public Task<ScheduleResult> OptimiseSequential() =>
        new OfferOptimizer(new CbcSolver(), new OfferOptimizerOptions { MaxParallelism = 1 }).OptimiseAsync(_instance);
}
