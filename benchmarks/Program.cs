using Attendance.Benchmarks.Training;
using BenchmarkDotNet.Running;

// End-to-end runs (timed against a peer in the same run) first; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "training" => TrainingQualityRun.Run(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(TrainingQualityRun).Assembly).Run(args);
    return 0;
}
