using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Baseline;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Simulation;

/// <summary>
/// Replays synthetic days under an acceptance model and compares policies (docs/scheduler.md, "Simulation"): FCFS
/// broadcast, the optimiser, and the optimiser without the per-day reserve. Each day runs in rounds; an accepted move
/// fills its slot and frees the patient's old booking (the cascade), which later rounds offer on; a patient who
/// declines or does not answer gets no further offer that day.
/// </summary>
public sealed class OfferSimulation
{
    private readonly SimulationOptions _options;
    private readonly VisitTypeHarmoniser _harmoniser;
    private readonly OfferOptimizer _optimizer;

    /// <param name="options">What to replay.</param>
    /// <param name="harmoniser">Visit-type table (the synthetic days use family names).</param>
    /// <param name="solver">Solver of the optimiser runs (departments one at a time).</param>
    public OfferSimulation(SimulationOptions options, VisitTypeHarmoniser harmoniser, IMipSolver solver)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(harmoniser);
        ArgumentNullException.ThrowIfNull(solver);
        options.Policy.Validate();
        _options = options;
        _harmoniser = harmoniser;
        _optimizer = new OfferOptimizer(solver, new OfferOptimizerOptions { MaxParallelism = 1 });
    }

    /// <summary>Calibrates the acceptance model on FCFS, then replays every day under each policy.</summary>
    public async Task<SimulationReport> RunAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var calibrationDays = Enumerable.Range(0, Math.Min(_options.CalibrationDays, _options.Days)).Select(Day).ToList();
        var acceptance = AcceptanceModel.Calibrated(_options.FcfsAcceptanceTarget, model =>
        {
            var outcome = new Tally("calibration");
            foreach (var (day, rows) in calibrationDays.Select((rows, day) => (day, rows)))
            {
                RunFcfsDayAsync(rows, model, new Random(_options.Seed + day), outcome, _options.Policy).GetAwaiter().GetResult();
            }

            return outcome.ToOutcome().AcceptedShare;
        });
        progress?.Report($"calibrated acceptance: alpha {acceptance.Alpha:0.000}");

        var policies = new (string Name, OfferPolicy Policy, bool Optimise)[]
        {
            ($"FCFS broadcast to {_options.Policy.BaselineBroadcastSize}", _options.Policy, false),
            ("optimiser", _options.Policy, true),
            ("optimiser, no reserve", _options.Policy with { ReserveShare = 0 }, true),
        };
        var outcomes = new List<PolicyOutcome>();
        foreach (var (name, policy, optimise) in policies)
        {
            var tally = new Tally(name);
            for (var day = 0; day < _options.Days; day++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rows = Day(day);
                var random = new Random(_options.Seed + day);
                if (optimise)
                {
                    await RunOptimiserDayAsync(rows, acceptance, random, tally, policy, cancellationToken);
                }
                else
                {
                    await RunFcfsDayAsync(rows, acceptance, random, tally, policy);
                }
            }

            outcomes.Add(tally.ToOutcome());
            progress?.Report($"{name}: done");
        }

        return new SimulationReport(acceptance, outcomes);
    }

    private (List<Slot> Slots, List<WaitlistEntry> Entries) Day(int day) =>
        SyntheticDay.Generate(_options.Day with { Seed = (_options.Seed * 7919) + day });

    private Task RunFcfsDayAsync((List<Slot> Slots, List<WaitlistEntry> Entries) rows, AcceptanceModel acceptance, Random random, Tally tally, OfferPolicy policy) =>
        RunDayAsync(rows, tally, policy, (instance, round) =>
        {
            var accepted = new List<Offer>();
            var declined = new List<string>();
            foreach (var department in instance.Departments)
            {
                var won = new HashSet<int>();
                foreach (var (slot, recipients) in FcfsBaseline.Broadcasts(instance, department, won))
                {
                    tally.SlotsOffered++;
                    tally.OffersSent += recipients.Count;
                    var acceptors = new List<int>();
                    foreach (var e in recipients)
                    {
                        var offer = OfferBuilder.Move(instance, slot, e, 1, recipients.Count, baseline: true);
                        if (random.NextDouble() < acceptance.Probability(offer.DaysGained ?? 0, offer.SlotStartAt - round))
                        {
                            acceptors.Add(e);
                        }
                        else
                        {
                            declined.Add(offer.EntryId!);
                        }
                    }

                    if (acceptors.Count > 0)
                    {
                        // The first to answer wins: answer order is random.
                        var winner = acceptors[random.Next(acceptors.Count)];
                        won.Add(winner);
                        accepted.Add(OfferBuilder.Move(instance, slot, winner, 1, recipients.Count, baseline: true));
                    }
                }
            }

            return Task.FromResult((accepted, declined));
        });

    private Task RunOptimiserDayAsync((List<Slot> Slots, List<WaitlistEntry> Entries) rows, AcceptanceModel acceptance, Random random, Tally tally,
        OfferPolicy policy, CancellationToken cancellationToken) =>
        RunDayAsync(rows, tally, policy, async (instance, round) =>
        {
            var result = await _optimizer.OptimiseAsync(instance, cancellationToken: cancellationToken);
            var accepted = new List<Offer>();
            var declined = new List<string>();
            foreach (var offer in result.Offers.Where(o => o.EntryId is not null))
            {
                tally.SlotsOffered++;
                tally.OffersSent++;
                if (random.NextDouble() < acceptance.Probability(offer.DaysGained ?? 0, offer.SlotStartAt - round))
                {
                    accepted.Add(offer);
                }
                else
                {
                    declined.Add(offer.EntryId!);
                }
            }

            return (accepted, declined);
        });

    /// <summary>The rounds of one day: offer, apply acceptances, free old bookings (cascade), drop decliners.</summary>
    private async Task RunDayAsync((List<Slot> Slots, List<WaitlistEntry> Entries) rows, Tally tally, OfferPolicy policy,
        Func<OfferInstance, DateTimeOffset, Task<(List<Offer> Accepted, List<string> Declined)>> round)
    {
        var open = rows.Slots.ToList();
        var waiting = rows.Entries.ToList();
        tally.OfferableSlots += open.Count(s => s.Reserved != SlotReservation.Subacute);
        for (var r = 0; r < _options.RoundsPerDay; r++)
        {
            var now = _options.Day.Now + (r * _options.RoundSpacing);
            var rules = new OfferRules(policy, _harmoniser, now);
            var instance = OfferInstance.Create(rules, open, waiting);
            var (accepted, declined) = await round(instance, now);
            var filled = accepted.Select(o => o.SlotId).ToHashSet(StringComparer.Ordinal);
            var gone = declined.Concat(accepted.Select(o => o.EntryId!)).ToHashSet(StringComparer.Ordinal);
            var entries = waiting.ToDictionary(e => e.EntryId, StringComparer.Ordinal);
            var slots = open.ToDictionary(s => s.SlotId, StringComparer.Ordinal);
            foreach (var offer in accepted)
            {
                var entry = entries[offer.EntryId!];
                var evaluation = rules.Evaluate(slots[offer.SlotId], entry);
                tally.Filled++;
                tally.DaysGained += evaluation.DaysGained;
                tally.DeadlinesMade += evaluation.MakesDeadline ? 1 : 0;
                tally.FilledByNonDigital += entry.DigitalUser ? 0 : 1;
                if (FreedSlot.From(offer, entry, slots[offer.SlotId].Site) is { } freed && !slots.ContainsKey(freed.SlotId))
                {
                    open.Add(freed);
                    tally.OfferableSlots++;
                    tally.CascadeSlots++;
                }
            }

            open.RemoveAll(s => filled.Contains(s.SlotId));
            waiting.RemoveAll(e => gone.Contains(e.EntryId));
        }
    }

    private sealed class Tally(string policy)
    {
        public int OfferableSlots { get; set; }

        public int SlotsOffered { get; set; }

        public int Filled { get; set; }

        public int OffersSent { get; set; }

        public double DaysGained { get; set; }

        public int DeadlinesMade { get; set; }

        public int FilledByNonDigital { get; set; }

        public int CascadeSlots { get; set; }

        public PolicyOutcome ToOutcome() =>
            new(policy, OfferableSlots, SlotsOffered, Filled, OffersSent, DaysGained, DeadlinesMade, FilledByNonDigital, CascadeSlots);
    }
}
