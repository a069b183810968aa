using Attendance.Benchmarks.Parquet;
using Attendance.Benchmarks.Scoring;
using Attendance.Benchmarks.Training;
using BenchmarkDotNet.Running;

// End-to-end runs (timed against a peer in the same run) first; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "parquet-scan" => ParquetScanRun.Run(args[1..]),
    "parquet-fuzz" => ParquetFuzzRun.Run(args[1..]),
    "training" => TrainingQualityRun.Run(args[1..]),
    "scoring" => ScoringThroughputRun.Run(args[1..]),
    "jobs-load" => Attendance.Benchmarks.Jobs.JobsLoadRun.Run(args[1..]),
    "scheduler-speed" => Attendance.Benchmarks.Scheduler.SchedulerSpeedRun.Run(args[1..]),
    "offers-store" => Attendance.Benchmarks.Offers.OffersStoreRun.Run(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(NodePeer).Assembly).Run(args);
    return 0;
}
