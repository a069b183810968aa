using System.CommandLine;
using System.Globalization;
using Attendance.Data.VisitTypes;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Simulation;
using Attendance.Scheduler.Solving;
using Spectre.Console;

namespace Attendance.App.Cli;

/// <summary><c>attendance simulate</c>: replays synthetic days and compares FCFS broadcast with the optimiser.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--days") { Description = "Synthetic days to replay per policy.", DefaultValueFactory = _ => 10 };
        var slots = new Option<int>("--slots") { Description = "Free slots per day.", DefaultValueFactory = _ => 400 };
        var entries = new Option<int>("--entries") { Description = "Waiting-list entries per day.", DefaultValueFactory = _ => 4000 };
        var departments = new Option<int>("--departments") { Description = "Departments.", DefaultValueFactory = _ => 4 };
        var rounds = new Option<int>("--rounds") { Description = "Offer rounds per day, two hours apart.", DefaultValueFactory = _ => 4 };
        var policy = new Option<string?>("--policy") { Description = "Policy JSON (docs/scheduler.md)." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("simulate", "Replay synthetic days with an acceptance model calibrated to the field's FCFS figures and compare policies.")
        {
            days, slots, entries, departments, rounds, policy, seed,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (d, s, e, k, r) = (parseResult.GetValue(days), parseResult.GetValue(slots), parseResult.GetValue(entries), parseResult.GetValue(departments), parseResult.GetValue(rounds));
            if (d < 1 || s < 1 || e < 1 || k < 1 || r < 1)
            {
                throw new UserFacingException("--days, --slots, --entries, --departments and --rounds must be at least 1");
            }

            OfferPolicy offerPolicy;
            try
            {
                offerPolicy = parseResult.GetValue(policy) is { } path ? OfferPolicyFile.Load(path) : OfferPolicy.Default;
            }
            catch (InvalidDataException ex)
            {
                throw new UserFacingException(ex.Message, ex);
            }

            VisitTypeHarmoniser harmoniser;
            try
            {
                harmoniser = VisitTypeHarmoniser.Load();
            }
            catch (VisitTypeTableException ex)
            {
                throw new UserFacingException(ex.Message, ex);
            }

            var options = new SimulationOptions
            {
                Days = d,
                RoundsPerDay = r,
                Policy = offerPolicy,
                Seed = parseResult.GetValue(seed),
                Day = new SyntheticDayOptions { Slots = s, Entries = e, Departments = k, SelfBookShare = 0 },
            };
            var progress = new Progress<string>(line => Console.Error.WriteLine(line));
            var report = await new OfferSimulation(options, harmoniser, new CbcSolver()).RunAsync(progress, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Acceptance model: logit p = {report.Acceptance.Alpha:0.000} + {report.Acceptance.GainSlope}·ln(1 + days gained) + {report.Acceptance.NoticeSlope}·ln(notice days)"));
            var table = new Table().AddColumns("policy", "offerable", "offered", "filled", "fill rate", "filled of offered", "offers", "offers/offered slot",
                "accepted", "offers/fill", "days gained", "days/fill", "deadlines made", "to non-digital", "cascade slots");
            foreach (var o in report.Outcomes)
            {
                table.AddRow(
                    Markup.Escape(o.Policy), I(o.OfferableSlots), I(o.SlotsOffered), I(o.Filled), P(o.FillRate), P(o.FilledOfOffered), I(o.OffersSent),
                    F(o.OffersPerOfferedSlot), P(o.AcceptedShare), F(o.OffersPerFill), F(o.DaysGained), F(o.Filled == 0 ? 0 : o.DaysGained / o.Filled),
                    I(o.DeadlinesMade), P(o.NonDigitalShare), I(o.CascadeSlots));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
            console.Profile.Width = 200;
            console.Write(table);
            return 0;
        });
        return command;
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
