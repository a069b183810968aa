using System.Collections.Concurrent;
using System.Diagnostics;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Optimisation;

/// <summary>
/// Chooses at most one offer per slot and per entry to maximise the total value under the reserves
/// (docs/scheduler.md). Departments are independent subproblems, generated and solved in parallel.
/// </summary>
public sealed class OfferOptimizer
{
    /// <summary>Re-solves after offering starved slots fresh candidates; each usually fills most of what is left.</summary>
    private const int MaxAugmentations = 3;

    private readonly IMipSolver _solver;
    private readonly OfferOptimizerOptions _options;

    /// <param name="solver">In-process <see cref="CbcSolver"/>, or <see cref="IsolatedCbcSolver"/> so a CBC crash cannot end the caller.</param>
    /// <param name="options">Limits; <see cref="OfferOptimizerOptions.Default"/> when null.</param>
    public OfferOptimizer(IMipSolver solver, OfferOptimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(solver);
        _solver = solver;
        _options = options ?? OfferOptimizerOptions.Default;
        _options.Solve.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxParallelism, 1, nameof(options));
    }

    /// <summary>Solves every department and returns the offers.</summary>
    /// <param name="instance">The checked input.</param>
    /// <param name="progress">Reports each department's summary as it completes.</param>
    /// <param name="cancellationToken">Stops starting departments (a running native solve ends at its time limit).</param>
    /// <exception cref="MipSolverException">The solver failed for a department.</exception>
    public async Task<ScheduleResult> OptimiseAsync(OfferInstance instance, IProgress<DepartmentSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var clock = Stopwatch.StartNew();
        var results = new ConcurrentDictionary<string, (DepartmentSummary Summary, List<Offer> Offers, List<Offer> Alternatives)>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken };

        // Largest departments first, so the longest solve does not start last.
        var order = instance.Departments.OrderByDescending(d => (long)d.Slots.Length * d.Entries.Length);
        await Parallel.ForEachAsync(order, parallel, async (department, ct) =>
        {
            var result = await SolveDepartmentAsync(instance, department, ct);
            results[department.Name] = result;
            progress?.Report(result.Summary);
        });

        var names = instance.Departments.Select(d => d.Name).ToArray();
        return new ScheduleResult(
            [.. names.SelectMany(n => results[n].Offers)],
            [.. names.Select(n => results[n].Summary)],
            instance.Skips,
            clock.Elapsed)
        {
            Alternatives = [.. names.SelectMany(n => results[n].Alternatives)],
        };
    }

    /// <summary>
    /// The MIP of every department with candidates, as solved by <see cref="OptimiseAsync"/> — for export
    /// (<see cref="MpsExport"/>) and cross-checks with other solvers.
    /// </summary>
    public static IReadOnlyList<(string Department, MipProblem Problem)> BuildProblems(OfferInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var problems = new List<(string, MipProblem)>();
        foreach (var department in instance.Departments)
        {
            var candidates = CandidateGenerator.Generate(instance, department);
            if (candidates.Columns.Length > 0)
            {
                problems.Add((department.Name, OfferMip.Build(instance, candidates, DepartmentLimits.For(instance, department))));
            }
        }

        return problems;
    }

    private async Task<(DepartmentSummary Summary, List<Offer> Offers, List<Offer> Alternatives)> SolveDepartmentAsync(
        OfferInstance instance, DepartmentInstance department, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var candidates = CandidateGenerator.Generate(instance, department);
        var limits = DepartmentLimits.For(instance, department);
        var solverClock = new Stopwatch();
        List<int> chosen = [];
        MipResult? result = null;
        var greedy = false;
        var rounds = 0;
        while (candidates.Columns.Length > 0)
        {
            rounds++;
            var problem = OfferMip.Build(instance, candidates, limits);
            solverClock.Start();
            result = await _solver.SolveAsync(problem, _options.Solve, cancellationToken);
            solverClock.Stop();
            if (result.HasSolution)
            {
                var solution = result.Solution.ToArray();
                chosen = [.. Enumerable.Range(0, candidates.Columns.Length).Where(j => solution[j] > 0.5)];
            }
            else
            {
                chosen = GreedyAssignment.Choose(instance, candidates, limits);
                greedy = true;
            }

            // Pruning can starve a slot: every candidate it kept went elsewhere. Offer such slots the best entries
            // still unassigned and solve again, until no slot gains a candidate (docs/scheduler.md, "Candidates").
            if (!candidates.Restricted || greedy || rounds > MaxAugmentations)
            {
                break;
            }

            var extra = CandidateGenerator.Augment(instance, department, candidates, chosen, limits);
            if (extra is null)
            {
                break;
            }

            candidates = extra;
        }

        var columns = candidates.Columns;
        var offers = BuildOffers(instance, candidates, chosen, _options.AlternativesPerSlot, out var alternatives);
        var digital = offers.Count(o => OfferChannels.IsDigital(o.Channel));
        var value = chosen.Sum(j => columns[j].Value);
        var summary = new DepartmentSummary(
            department.Name,
            department.Slots.Length,
            limits.HardReserved,
            department.Slots.Length - digital,
            offers.Count(o => o.Channel == OfferChannel.FastPass),
            offers.Count(o => o.Channel == OfferChannel.Phone),
            offers.Count(o => o.Channel == OfferChannel.SelfBook),
            columns.Length,
            value,
            result?.LpBound ?? double.NaN,
            result is null ? 0 : greedy ? MipResult.RelativeGap(value, result.BestBound) : result.Gap,
            result?.Status,
            result?.LpRelaxationWasIntegral ?? false,
            greedy,
            candidates.Restricted,
            rounds,
            clock.Elapsed,
            solverClock.Elapsed);
        return (summary, offers, alternatives);
    }

    private static List<Offer> BuildOffers(OfferInstance instance, DepartmentCandidates candidates, List<int> chosen, int alternativesPerSlot, out List<Offer> alternatives)
    {
        var columns = candidates.Columns;
        var offers = new List<Offer>(chosen.Count);
        alternatives = [];
        foreach (var j in chosen)
        {
            var c = columns[j];
            // Columns of a slot are contiguous and best first: the rank is the distance from the slot's first column.
            var first = j;
            while (first > 0 && columns[first - 1].Slot == c.Slot)
            {
                first--;
            }

            var rank = j - first + 1;
            var last = j;
            while (last + 1 < columns.Length && columns[last + 1].Slot == c.Slot)
            {
                last++;
            }

            offers.Add(c.Entry < 0
                ? OfferBuilder.Ticket(instance, c.Slot, rank)
                : OfferBuilder.Move(instance, c.Slot, c.Entry, rank, last - first + 1, baseline: false));
            if (c.Entry >= 0)
            {
                // The slot's other columns in the offer's channel, in the order they were ranked.
                alternatives.AddRange(Enumerable.Range(first, last - first + 1)
                    .Where(k => k != j && columns[k].Entry >= 0 && columns[k].Channel == c.Channel)
                    .Take(alternativesPerSlot)
                    .Select(k => OfferBuilder.Move(instance, c.Slot, columns[k].Entry, k - first + 1, last - first + 1, baseline: false)));
            }
        }

        return [.. offers.OrderBy(o => o.SlotStartAt).ThenBy(o => o.SlotId, StringComparer.Ordinal)];
    }
}
