using System.CommandLine;
using System.Globalization;
using Attendance.Training.Input;
using Attendance.Training.Registry;

namespace Attendance.App.Cli;

/// <summary><c>attendance models list|show|promote</c>: the registry of versioned models and its champion.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "List, inspect and promote versioned models in a registry folder.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Promote());
        return command;
    }

    private static Option<string> RegistryOption() =>
        new("--registry") { Description = "The registry folder.", DefaultValueFactory = _ => "models" };

    private static Command List()
    {
        var registry = RegistryOption();
        var command = new Command("list", "List the registry's versions; * marks the champion.") { registry };
        command.SetAction(parseResult =>
        {
            var entries = CliInputs.Run(() => new ModelRegistry(parseResult.GetValue(registry)!).List());
            if (entries.Count == 0)
            {
                Console.WriteLine("no models yet: add one with attendance models promote --model <trained folder>");
            }

            foreach (var e in entries)
            {
                var m = e.Metrics;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(e.IsChampion ? "*" : " ")} {e.Version}  trained {m.TrainedAt:yyyy-MM-dd}  valid {m.ValidFrom:yyyy-MM-dd}..{m.ValidTo:yyyy-MM-dd}  AUC {m.Auc:F4}  log loss {m.LogLoss:F4}  ECE {m.Ece:F4}  calibration {m.Calibration}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var registry = RegistryOption();
        var version = new Argument<string>("version") { Description = "A version from models list (e.g. v0003)." };
        var command = new Command("show", "Show a version's metrics.json and where it lives.") { registry, version };
        command.SetAction(parseResult =>
        {
            var entry = CliInputs.Run(() => new ModelRegistry(parseResult.GetValue(registry)!).Show(parseResult.GetValue(version)!));
            Console.WriteLine($"{entry.Version}{(entry.IsChampion ? " (champion)" : "")}: {entry.Directory}");
            Console.WriteLine(File.ReadAllText(Path.Combine(entry.Directory, Attendance.Model.Artifacts.ModelArtifact.MetricsFile)));
            return 0;
        });
        return command;
    }

    private static Command Promote()
    {
        var registry = RegistryOption();
        var model = new Option<string>("--model") { Description = "A registry version (v0003) or a trained model folder (added as the next version).", Required = true };
        var history = new Option<string[]>("--history") { Description = "History to compare champion and challenger on (the champion's validation period).", Required = true, AllowMultipleArgumentsPerToken = true };
        var reason = new Option<string>("--reason") { Description = "Why (recorded with your user name).", Required = true };
        var force = new Option<bool>("--force") { Description = "Promote even if the challenger is worse on the champion's validation period." };
        var visitTypes = CliInputs.VisitTypesOption();
        var command = new Command("promote", "Make a model the champion, if it is not worse than the current one.") { registry, model, history, reason, force, visitTypes };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var target = new ModelRegistry(parseResult.GetValue(registry)!);
            var harmoniser = CliInputs.LoadVisitTypes(parseResult.GetValue(visitTypes));
            var paths = parseResult.GetValue(history)!;
            var record = CliInputs.Run(() =>
            {
                var name = parseResult.GetValue(model)!;
                var version = Directory.Exists(name) ? target.Add(name) : name;
                return target.Promote(version, () => HistoryFiles.Read(paths, cancellationToken), harmoniser,
                    parseResult.GetValue(reason)!, parseResult.GetValue(force), Environment.UserName, line => Console.Error.WriteLine(line));
            });
            Console.WriteLine($"{record.Version} is the champion (was {record.Previous ?? "none"}); promoted by {record.By}{(record.Forced ? ", forced" : "")}");
            if (record.Comparison is { } comparison)
            {
                Console.WriteLine(comparison.ToString());
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
