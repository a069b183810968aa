using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using Spectre.Console;

namespace Attendance.App.Cli;

/// <summary><c>attendance generate</c>: a synthetic, anonymised region (see data/SCHEMA.md).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var defaults = new GeneratorOptions();
        var outDir = new Option<string>("--out") { Description = "Folder to write history/, bookings/, slots/, waitlist/ and truth/ into.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same options give byte-identical files.", DefaultValueFactory = _ => defaults.Seed };
        var patients = new Option<int>("--patients") { Description = "Patients in the region.", DefaultValueFactory = _ => defaults.Patients };
        var days = new Option<int>("--days") { Description = "Days of history before today.", DefaultValueFactory = _ => defaults.Days };
        var horizon = new Option<int>("--horizon-days") { Description = "Days after today covered by bookings, slots and the waiting list.", DefaultValueFactory = _ => defaults.HorizonDays };
        var today = new Option<string>("--today")
        {
            Description = "The region's today (YYYY-MM-DD, Copenhagen date): history before it, bookings from it.",
            DefaultValueFactory = _ => defaults.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var command = new Command("generate", "Write a synthetic region's extracts (Parquet) for demos, tests and benchmarks.")
        {
            outDir, seed, patients, days, horizon, today,
        };
        command.SetAction(parseResult =>
        {
            var options = new GeneratorOptions
            {
                Seed = parseResult.GetValue(seed),
                Patients = parseResult.GetValue(patients),
                Days = parseResult.GetValue(days),
                HorizonDays = parseResult.GetValue(horizon),
                Today = ParseToday(parseResult.GetValue(today)!),
            };
            return Run(parseResult.GetValue(outDir)!, options);
        });
        return command;
    }

    private static int Run(string outDir, GeneratorOptions options)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The option name is the parameter name; the first part of the message is the reason.
            var reason = e.Message.Split(" (Parameter", 2)[0];
            throw new UserFacingException($"--{e.ParamName} {e.ActualValue}: {reason}", e);
        }
        var clock = Stopwatch.StartNew();
        GenerationSummary summary;
        try
        {
            summary = WithProgress(progress => DataFiles.Generate(outDir, options, progress));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserFacingException($"--out {outDir}: cannot write there ({e.Message})", e);
        }
        Print(outDir, summary, clock.Elapsed);
        return 0;
    }

    private static DateOnly ParseToday(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UserFacingException($"--today {text}: expected a date as YYYY-MM-DD");

    /// <summary>A Spectre progress bar on an interactive stderr; plain lines every 10% when stderr is redirected.</summary>
    private static GenerationSummary WithProgress(Func<IProgress<GenerationProgress>, GenerationSummary> generate)
    {
        if (Console.IsErrorRedirected)
        {
            var lastTenth = -1;
            return generate(new InlineProgress(p =>
            {
                var tenth = p.PatientsDone * 10 / Math.Max(1, p.PatientsTotal);
                if (tenth != lastTenth)
                {
                    lastTenth = tenth;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"generate: {tenth * 10}% ({p.PatientsDone:N0} of {p.PatientsTotal:N0} patients, {p.HistoryRows:N0} history rows)"));
                }
            }));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask("generating patients");
            return generate(new InlineProgress(p =>
            {
                task.MaxValue = Math.Max(1, p.PatientsTotal);
                task.Value = p.PatientsDone;
            }));
        });
    }

    private static void Print(string outDir, GenerationSummary s, TimeSpan took)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"wrote {Path.GetFullPath(outDir)}: history {s.HistoryRows:N0} rows, bookings {s.BookingRows:N0}, slots {s.SlotRows:N0}, waitlist {s.WaitlistRows:N0}, truth {s.HistoryRows + s.BookingRows:N0}"));
        Console.WriteLine(string.Create(c, $"today {s.Today:yyyy-MM-dd} (Copenhagen): history starts before it, bookings and slots on or after it"));
        Console.WriteLine(string.Create(c, $"no-show rate {s.NoShowRate:P2} of attended+no_show; cancelled {s.CancellationRate:P1}, rescheduled {s.RescheduledRate:P1} of history; {s.BookedAfterStart:N0} rows booked after start"));
        Console.WriteLine(string.Create(c, $"slots: {s.SelfBookSlots:N0} self-book, {s.SubacuteSlots:N0} subacute, {s.NonDigitalSlots:N0} non-digital; waitlist: {s.WaitlistDigitalShare:P1} digital, {s.WaitlistWithDueBy:N0} with due_by, {s.WaitlistWithCurrentBooking:N0} with a current booking"));
        Console.WriteLine(string.Create(c, $"Bayes-optimal AUC (truth vs outcome, labelled history): {s.BayesAuc:F3}"));
        Console.WriteLine(string.Create(c, $"took {took.TotalSeconds:F1} s"));
    }

    /// <summary>Reports on the generator's thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class InlineProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
