using System.CommandLine;
using System.Globalization;
using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Baseline;
using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Optimisation;
using Attendance.Scheduler.Output;
using Attendance.Scheduler.Solving;
using Spectre.Console;

namespace Attendance.App.Cli;

/// <summary><c>attendance schedule</c>: suggested waiting-list offers for free slots (docs/scheduler.md).</summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var slots = new Option<string[]>("--slots") { Description = "Slots Parquet files or folders.", Required = true, AllowMultipleArgumentsPerToken = true };
        var waitlist = new Option<string[]>("--waitlist") { Description = "Waiting-list Parquet files or folders.", Required = true, AllowMultipleArgumentsPerToken = true };
        var scores = new Option<string?>("--scores") { Description = "No-show scores Parquet (appointment_id, no_show_probability) of the current bookings." };
        var policy = new Option<string?>("--policy") { Description = "Policy JSON (docs/scheduler.md); defaults apply to settings it leaves out." };
        var visitTypes = new Option<string?>("--visit-types") { Description = "Visit-type harmonisation table (default: data/visit-types.csv)." };
        var now = new Option<string?>("--now") { Description = "The moment offers go out, ISO 8601 with offset (default: the clock)." };
        var output = new Option<string>("--out") { Description = "Offers Parquet file to write (atomically).", Required = true };
        var method = new Option<string>("--method") { Description = "optimise (the MIP) or fcfs (today's broadcast, for comparison).", DefaultValueFactory = _ => "optimise" };
        method.AcceptOnlyFromAmong("optimise", "fcfs");
        var solver = new Option<string>("--solver") { Description = "in-process, or isolated (a child process per department: a CBC crash cannot end the run).", DefaultValueFactory = _ => "in-process" };
        solver.AcceptOnlyFromAmong("in-process", "isolated");
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per department solve; the best solution found is kept.", DefaultValueFactory = _ => 20 };

        var command = new Command("schedule", "Suggest waiting-list offers for free slots, keeping the reserves for non-digital and subacute patients.")
        {
            slots, waitlist, scores, policy, visitTypes, now, output, method, solver, timeLimit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = CreateConsole();
            var rules = new OfferRules(
                LoadPolicy(parseResult.GetValue(policy)),
                LoadVisitTypes(parseResult.GetValue(visitTypes)),
                ParseNow(parseResult.GetValue(now)),
                parseResult.GetValue(scores) is { } scoresPath ? Guard(() => ScoresFile.Read(scoresPath)) : null);
            var slotRows = ScheduleInputs<Slot>.Read(parseResult.GetValue(slots)!, Tables.Slots, SlotMapper.Instance, cancellationToken);
            var entryRows = ScheduleInputs<WaitlistEntry>.Read(parseResult.GetValue(waitlist)!, Tables.Waitlist, WaitlistMapper.Instance, cancellationToken);
            var instance = Guard(() => OfferInstance.Create(rules, slotRows.Rows, entryRows.Rows, slotRows.Describe, entryRows.Describe));

            var seconds = parseResult.GetValue(timeLimit);
            if (!(seconds > 0 && seconds <= 3600))
            {
                throw new UserFacingException("--time-limit must be between 0 and 3600 seconds");
            }

            IReadOnlyList<Offer> offers;
            if (parseResult.GetValue(method) == "fcfs")
            {
                offers = FcfsBaseline.Run(instance).Broadcast;
                console.MarkupLine(CultureInfo.InvariantCulture, "FCFS broadcast: {0} offers for {1} slots", offers.Count, offers.Select(o => o.SlotId).Distinct().Count());
            }
            else
            {
                var optimizer = new OfferOptimizer(
                    parseResult.GetValue(solver) == "isolated" ? SolveWorkerCommand.IsolatedSolver() : new CbcSolver(),
                    new OfferOptimizerOptions { Solve = MipSolveOptions.Default with { TimeLimit = TimeSpan.FromSeconds(seconds) } });
                var result = await console.Status().StartAsync("Solving departments", async context =>
                {
                    var done = 0;
                    var progress = new Progress<DepartmentSummary>(d => context.Status($"Solved {Interlocked.Increment(ref done)} of {instance.DepartmentNames.Count} departments (last: {d.Department})"));
                    return await OptimiseAsync(optimizer, instance, progress, cancellationToken);
                });
                console.Write(ScheduleSummaryTable.Create(result, rules.Policy));
                offers = result.Offers;
            }

            console.WriteLine(ScheduleSummaryTable.Skips(instance.Skips));
            var outPath = parseResult.GetValue(output)!;
            try
            {
                OfferFile.Write(outPath, offers);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserFacingException($"{outPath}: cannot write the offers: {e.Message}", e);
            }

            await Console.Out.WriteLineAsync($"Wrote {offers.Count} offers to {outPath}");
            return 0;
        });
        return command;
    }

    private static async Task<ScheduleResult> OptimiseAsync(OfferOptimizer optimizer, OfferInstance instance, IProgress<DepartmentSummary> progress, CancellationToken cancellationToken)
    {
        try
        {
            return await optimizer.OptimiseAsync(instance, progress, cancellationToken);
        }
        catch (MipSolverException e)
        {
            throw new UserFacingException($"the solver failed: {e.Message}", e);
        }
    }

    /// <summary>A console on the current <see cref="Console.Out"/> (tests redirect it), plain when NO_COLOR is set or output is redirected.</summary>
    private static IAnsiConsole CreateConsole()
    {
        var redirected = Console.IsOutputRedirected || Console.Out != StandardOut;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 160; // a file or pipe has no width: do not wrap the table at 80
        }

        return console;
    }

    private static readonly TextWriter StandardOut = Console.Out;

    private static OfferPolicy LoadPolicy(string? path) => path is null ? OfferPolicy.Default : Guard(() => OfferPolicyFile.Load(path));

    private static VisitTypeHarmoniser LoadVisitTypes(string? path)
    {
        try
        {
            return VisitTypeHarmoniser.Load(path);
        }
        catch (VisitTypeTableException e)
        {
            throw new UserFacingException(e.Message, e);
        }
    }

    private static DateTimeOffset ParseNow(string? text)
    {
        if (text is null)
        {
            return TimeProvider.System.GetUtcNow();
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? now
            : throw new UserFacingException($"--now: '{text}' is not an ISO 8601 time (e.g. 2026-03-02T07:00:00+01:00)");
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is ScheduleInputException or InvalidDataException)
        {
            throw new UserFacingException(e.Message, e);
        }
    }
}
