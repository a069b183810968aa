using System.CommandLine;
using System.Globalization;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Training;
using Attendance.Training.Input;

namespace Attendance.App.Cli;

/// <summary><c>attendance evaluate</c>: a trained model's metrics on a history.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Model artifact folder (from attendance train or a registry version).", Required = true };
        var history = new Option<string[]>("--history") { Description = "History Parquet files or folders.", Required = true, AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "Evaluate on appointments starting on or after this day (YYYY-MM-DD, Copenhagen); default: all." };
        var output = new Option<string?>("--out") { Description = "Write the metrics as JSON to this file." };
        var visitTypes = CliInputs.VisitTypesOption();
        var command = new Command("evaluate", "Measure a trained model (AUC, PR-AUC, Brier, log loss, ECE, lift, subgroups) on appointment history.")
        {
            model, history, from, output, visitTypes,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var fromDate = CliInputs.ParseDate("--from", parseResult.GetValue(from));
            var harmoniser = CliInputs.LoadVisitTypes(parseResult.GetValue(visitTypes));
            var result = CliInputs.Run(() =>
            {
                using var artifact = ModelArtifact.Load(parseResult.GetValue(model)!);
                if (artifact.VisitTypesWarning(harmoniser) is { } warning)
                {
                    Console.Error.WriteLine("warning: " + warning);
                }

                var fromInstant = fromDate is { } d ? (DateTimeOffset?)Attendance.Data.Contract.UtcMicros.ToInstant(CopenhagenTime.MidnightUtcMicros(d)) : null;
                return Evaluator.Evaluate(artifact, HistoryFiles.Read(parseResult.GetValue(history)!, cancellationToken), harmoniser, fromInstant,
                    progress: line => Console.Error.WriteLine(line), cancellationToken: cancellationToken);
            });
            var m = result.Evaluation.Overall;
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"{m.Rows:N0} rows, no-show rate {m.PositiveRate:P2}: AUC {m.Auc:F4}, PR-AUC {m.PrAuc:F4}, Brier {m.Brier:F4}, log loss {m.LogLoss:F4}, ECE {m.Ece:F4}"));
            Console.WriteLine(string.Join(", ", result.Evaluation.Lift.Select(l => string.Create(c, $"top {l.Fraction:P0} catches {l.Captured:P1} of no-shows"))));
            foreach (var warning in result.Warnings.Lines())
            {
                Console.WriteLine("warning: " + warning);
            }

            if (parseResult.GetValue(output) is { } path)
            {
                CliInputs.Run(() =>
                {
                    File.WriteAllText(path, MetricsDocument.Serialize(new
                    {
                        auc = m.Auc,
                        pr_auc = m.PrAuc,
                        brier = m.Brier,
                        log_loss = m.LogLoss,
                        ece = m.Ece,
                        n = m.Rows,
                        positive_rate = m.PositiveRate,
                        lift = result.Evaluation.Lift.ToDictionary(l => string.Create(c, $"top_{l.Fraction * 100:0}"), l => l.Captured),
                        subgroups = result.Evaluation.Subgroups,
                        warnings = result.Warnings.Lines().ToList(),
                    }));
                    return 0;
                });
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
