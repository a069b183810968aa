using System.CommandLine;
using System.Globalization;
using Attendance.Scoring;
using Attendance.Scoring.Policy;
using Attendance.Scoring.Reasons;
using Attendance.Training.Registry;
using Spectre.Console;

namespace Attendance.App.Cli;

/// <summary><c>attendance score</c>: no-show probabilities, flags, actions and reasons for upcoming bookings.</summary>
internal static class ScoreCommand
{
    /// <param name="time">The clock for the default <c>--as-of</c> (now).</param>
    public static Command Create(TimeProvider time)
    {
        var model = new Option<string>("--model") { Description = "Model artifact folder (model.json, features.json, calibration.json), or a model registry folder: its champion.", Required = true };
        var bookings = new Option<string[]>("--bookings") { Description = "Bookings Parquet files or folders.", Required = true, AllowMultipleArgumentsPerToken = true };
        var history = new Option<string[]>("--history") { Description = "History Parquet files or folders.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Scores Parquet file to write; the summary goes beside it as <name>.summary.json.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Moment of scoring (ISO 8601, e.g. 2026-03-01T22:00:00Z); default: now. Bookings starting earlier are skipped and counted." };
        var policy = new Option<string?>("--policy") { Description = "Policy JSON (flag rule, capacity, risk bands, double-booking); default: see src/Scoring/README.md." };
        var language = new Option<string>("--language") { Description = "Language of the reason texts.", DefaultValueFactory = _ => "da" };
        language.AcceptOnlyFromAmong("da", "en");
        var threads = new Option<int>("--threads") { Description = "XGBoost threads (0 = all cores).", DefaultValueFactory = _ => 0 };
        var visitTypes = CliInputs.VisitTypesOption();
        var command = new Command("score", "Score upcoming bookings: no-show probability, risk band, flags with an action, and the top three reasons.")
        {
            model, bookings, history, output, asOf, policy, language, threads, visitTypes,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new ScoringRequest
            {
                ModelDirectory = ChampionOrSelf(parseResult.GetValue(model)!),
                Bookings = parseResult.GetValue(bookings)!,
                History = parseResult.GetValue(history)!,
                Output = parseResult.GetValue(output)!,
                AsOf = ParseInstant(parseResult.GetValue(asOf)),
                Policy = Translate(() => parseResult.GetValue(policy) is { } path ? ScoringPolicy.Load(path) : ScoringPolicy.Default),
                Language = parseResult.GetValue(language) == "en" ? ReasonLanguage.English : ReasonLanguage.Danish,
                Threads = parseResult.GetValue(threads),
                Harmoniser = CliInputs.LoadVisitTypes(parseResult.GetValue(visitTypes)),
            };
            var summary = Translate(() => new BatchScorer(time).Score(request, line => Console.Error.WriteLine(line), cancellationToken));
            Print(summary, request.Output);
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>A registry folder (one with a champion) stands for its champion's artifact; any other folder for itself.</summary>
    private static string ChampionOrSelf(string path) => new ModelRegistry(path).ChampionDirectory ?? path;

    private static DateTimeOffset? ParseInstant(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) ? instant
        : throw new UserFacingException($"--as-of {text}: expected an ISO 8601 time such as 2026-03-01T22:00:00Z");

    /// <summary>The shared translation of user errors (<see cref="CliInputs.Run{T}"/>), plus the scorer's own.</summary>
    private static T Translate<T>(Func<T> work) => CliInputs.Run(() =>
    {
        try
        {
            return work();
        }
        catch (ScoringException e)
        {
            throw new UserFacingException(e.Message, e);
        }
    });

    private static void Print(ScoringSummary s, string output)
    {
        var c = CultureInfo.InvariantCulture;
        // Bound to the current Console.Out (not AnsiConsole's static instance), so redirected output is honoured.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        console.WriteLine(string.Create(c, $"wrote {Path.GetFullPath(output)} and {ScoringSummary.PathBeside(Path.GetFullPath(output))}"));
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("model", s.ModelVersion);
        table.AddRow("as of", s.AsOf.ToString("yyyy-MM-dd HH:mm 'UTC'", c));
        table.AddRow("bookings scored", s.Rows.ToString("N0", c));
        table.AddRow("skipped: start before as-of", s.SkippedPast.ToString("N0", c));
        table.AddRow("patients without history", s.WithoutHistory.ToString("N0", c));
        table.AddRow("mean probability", s.MeanProbability.ToString("P2", c));
        table.AddRow("deciles", string.Join(" ", s.Deciles.Select(d => d.ToString("0.000", c))));
        table.AddRow("flagged", s.Flagged.ToString("N0", c));
        foreach (var (action, count) in s.Actions)
        {
            table.AddRow("  " + action, count.ToString("N0", c));
        }

        foreach (var (band, count) in s.RiskBands)
        {
            table.AddRow("band " + band, count.ToString("N0", c));
        }

        foreach (var (feature, count) in s.UnseenCategories)
        {
            table.AddRow(Markup.Escape("unseen categories: " + feature), count.ToString("N0", c));
        }

        table.AddRow("unknown visit types", s.UnknownVisitTypes.ToString("N0", c));
        console.Write(table);
        var departments = new Table().AddColumn("department").AddColumn(new TableColumn("flagged").RightAligned());
        foreach (var (department, count) in s.FlaggedPerDepartment)
        {
            departments.AddRow(Markup.Escape(department), count.ToString("N0", c));
        }

        console.Write(departments);
        if (s.Rows == 0 && s.SkippedPast > 0)
        {
            Console.Error.WriteLine(string.Create(c, $"warning: all {s.SkippedPast:N0} bookings start before the as-of time {s.AsOf:yyyy-MM-dd HH:mm} UTC; nothing was scored (is --as-of right?)"));
        }
    }
}
