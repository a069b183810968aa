using Attendance.Scheduler.Solving;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Scheduler;

/// <summary>
/// A region-day sized assignment: 2k free slots × 10k waiting candidates, each slot eligible for 20
/// random candidates (40k columns), at most one offer per slot and per candidate, and a per-day cap
/// keeping 20% of each day's slots in reserve. Build = CSC arrays + validation; solve = CBC, LP first.
/// </summary>
[MemoryDiagnoser]
public class CbcAssignmentBenchmarks
{
    private const int Days = 10;
    private const int EligiblePerSlot = 20;

    private int[] _candidate = [];
    private double[] _value = [];

    [Params(2_000)]
    public int Slots { get; set; }

    [Params(10_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        _candidate = new int[Slots * EligiblePerSlot];
        _value = new double[_candidate.Length];
        for (var k = 0; k < _candidate.Length; k++)
        {
            _candidate[k] = random.Next(Candidates);
            _value[k] = 1 + (99 * random.NextDouble());
        }
    }

    [Benchmark(Baseline = true)]
    public MipProblem Build() => BuildProblem();

    [Benchmark]
    public MipResult BuildAndSolve() =>
        CbcSolver.Solve(BuildProblem(), new MipSolveOptions { TimeLimit = TimeSpan.FromSeconds(60) });

    private MipProblem BuildProblem()
    {
        var columns = _candidate.Length;
        var slotRows = Slots;
        var candidateRows = Candidates;
        var rows = slotRows + candidateRows + Days;
        var starts = new int[columns + 1];
        var rowIndices = new int[3 * columns];
        var values = new double[3 * columns];
        for (var k = 0; k < columns; k++)
        {
            var slot = k / EligiblePerSlot;
            starts[k] = 3 * k;
            rowIndices[3 * k] = slot;
            rowIndices[(3 * k) + 1] = slotRows + _candidate[k];
            rowIndices[(3 * k) + 2] = slotRows + candidateRows + (slot % Days);
            values.AsSpan(3 * k, 3).Fill(1);
        }

        starts[columns] = 3 * columns;
        var rowLower = new double[rows];
        Array.Fill(rowLower, double.NegativeInfinity);
        var rowUpper = new double[rows];
        Array.Fill(rowUpper, 1, 0, slotRows + candidateRows);
        Array.Fill(rowUpper, Math.Floor(0.8 * Slots / Days), slotRows + candidateRows, Days);

        var upper = new double[columns];
        Array.Fill(upper, 1);
        var isInteger = new bool[columns];
        Array.Fill(isInteger, true);
        return new MipProblem(
            _value, new double[columns], upper, isInteger, starts, rowIndices, values, rowLower, rowUpper, maximize: true);
    }
}
