using System.CommandLine;
using System.Globalization;
using Attendance.Training;
using Attendance.Training.Input;

namespace Attendance.App.Cli;

/// <summary><c>attendance train</c>: a no-show model from history, written as an artifact folder.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var defaults = new TrainingOptions();
        var history = new Option<string[]>("--history") { Description = "History Parquet files or folders.", Required = true, AllowMultipleArgumentsPerToken = true };
        var outDir = new Option<string>("--out") { Description = "Folder to write model.json, features.json, calibration.json, metrics.json and report.html into.", Required = true };
        var validFrom = new Option<string?>("--valid-from") { Description = "First day (YYYY-MM-DD, Copenhagen) of the validation period; default: the last 20% of the time range." };
        var horizon = new Option<string>("--horizon") { Description = "How long before start the features are taken (e.g. 1d, 36h, 90m).", DefaultValueFactory = _ => "1d" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model.", DefaultValueFactory = _ => defaults.Seed };
        var threads = new Option<int>("--threads") { Description = "XGBoost threads (0 = all cores).", DefaultValueFactory = _ => 0 };
        var visitTypes = CliInputs.VisitTypesOption();
        var command = new Command("train", "Train a no-show model on appointment history (time-based validation, calibrated, with an HTML report).")
        {
            history, outDir, validFrom, horizon, seed, threads, visitTypes,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = defaults with
            {
                ValidFrom = CliInputs.ParseDate("--valid-from", parseResult.GetValue(validFrom)),
                Horizon = ParseDuration(parseResult.GetValue(horizon)!),
                Seed = parseResult.GetValue(seed),
                Threads = parseResult.GetValue(threads),
            };
            var harmoniser = CliInputs.LoadVisitTypes(parseResult.GetValue(visitTypes));
            var outcome = CliInputs.Run(() => Trainer.Train(
                HistoryFiles.Read(parseResult.GetValue(history)!, cancellationToken),
                harmoniser,
                options,
                parseResult.GetValue(outDir)!,
                line => Console.Error.WriteLine(line),
                cancellationToken));
            Print(outcome);
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>"1d", "36h", "90m" or a TimeSpan ("1.00:00:00").</summary>
    internal static TimeSpan ParseDuration(string text)
    {
        var c = CultureInfo.InvariantCulture;
        if (text.Length > 1 && double.TryParse(text[..^1], NumberStyles.Float, c, out var value) && value >= 0)
        {
            switch (text[^1])
            {
                case 'd': return TimeSpan.FromDays(value);
                case 'h': return TimeSpan.FromHours(value);
                case 'm': return TimeSpan.FromMinutes(value);
            }
        }

        return TimeSpan.TryParse(text, c, out var span) && span >= TimeSpan.Zero
            ? span
            : throw new UserFacingException($"--horizon {text}: expected a duration such as 1d, 36h or 90m");
    }

    private static void Print(TrainingOutcome outcome)
    {
        var m = outcome.Metrics;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"wrote {Path.GetFullPath(outcome.Directory)}"));
        Console.WriteLine(string.Create(c, $"validation ({m.NValid:N0} rows from {m.ValidFrom:yyyy-MM-dd}, no-show rate {m.PositiveRateValid:P2}): AUC {m.Auc:F4}, PR-AUC {m.PrAuc:F4}, Brier {m.Brier:F4}, log loss {m.LogLoss:F4}, ECE {m.Ece:F4}"));
        Console.WriteLine(string.Create(c, $"trained on {m.NTrain:N0} rows, {m.BestIteration + 1} trees; calibration {m.Calibration} ({m.CalibrationReason})"));
        foreach (var warning in m.Warnings)
        {
            Console.WriteLine("warning: " + warning);
        }
    }
}
