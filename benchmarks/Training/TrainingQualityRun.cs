using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Data.VisitTypes;
using Attendance.Training;
using Attendance.Training.Evaluation;
using Attendance.Training.Input;

namespace Attendance.Benchmarks.Training;

/// <summary>
/// Quality and speed of `attendance train` on a generated region, with Python XGBoost and scikit-learn's
/// HistGradientBoosting fitted on the very matrices our pipeline built, in the same run:
/// <code>OMP_WAIT_POLICY=PASSIVE dotnet run -c Release --project benchmarks -- training [--patients 51000] [--days 1095] [--threads 2] [--work DIR]</code>
/// </summary>
public static class TrainingQualityRun
{
    public static int Run(string[] args)
    {
        var c = CultureInfo.InvariantCulture;
        var patients = Option(args, "--patients", 51_000);
        var days = Option(args, "--days", 1095);
        var threads = Option(args, "--threads", 2);
        var work = OptionText(args, "--work") ?? Path.Combine(Path.GetTempPath(), $"attendance-training-bench-{patients}-{days}");
        var region = Path.Combine(work, "region");
        var history = Path.Combine(region, "history");
        if (!Directory.Exists(history))
        {
            var generation = Stopwatch.StartNew();
            var summary = DataFiles.Generate(region, new GeneratorOptions { Seed = 1, Patients = patients, Days = days });
            Console.Error.WriteLine(string.Create(c, $"generated {summary.HistoryRows:N0} history rows in {generation.Elapsed.TotalSeconds:F1} s"));
        }

        var harmoniser = VisitTypeHarmoniser.Load();
        var matrices = Path.Combine(work, "matrices");
        var model = Path.Combine(work, "model");
        var options = new TrainingOptions { Threads = threads, ExportMatricesTo = matrices };
        var clock = Stopwatch.StartNew();
        var outcome = Trainer.Train(HistoryFiles.Read([history]), harmoniser, options, model, line =>
        {
            if (!line.Contains(" history rows (", StringComparison.Ordinal))
            {
                Console.Error.WriteLine(line);
            }
        });
        var total = clock.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        var m = outcome.Metrics;
        var bayes = BayesAuc(region, m.ValidFrom);

        Console.WriteLine(string.Create(c, $"## Training ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, nthread {threads}, OMP_WAIT_POLICY={Environment.GetEnvironmentVariable("OMP_WAIT_POLICY") ?? "unset"})"));
        Console.WriteLine(string.Create(c, $"history {m.NTrain + m.NValid:N0} labelled rows (train {m.NTrain:N0}, valid {m.NValid:N0} from {m.ValidFrom:yyyy-MM-dd}), no-show rate {m.PositiveRateValid:P2}"));
        Console.WriteLine(string.Create(c, $"ours: AUC {m.Auc:F4} (Bayes-optimal on the validation rows {bayes:F4}, gap {bayes - m.Auc:F4}), ECE {m.Ece:F4}, log loss {m.LogLoss:F4}, calibration {m.Calibration}, {m.BestIteration + 1} trees"));
        Console.WriteLine(string.Create(c, $"ours: read+features {m.Seconds["read_and_features"]:F1} s, fit {m.Seconds["fit"]:F1} s, end to end (read+features+fit) {m.Seconds["read_and_features"] + m.Seconds["fit"]:F1} s, whole train incl. export, SHAP and report {total:F1} s, peak working set {peakMb:F0} MB"));
        Console.WriteLine("| run | AUC | log loss | ECE | fit s | rounds | peak MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(c, $"| Attendance (C#, libxgboost 1.7.4) | {m.Auc:F4} | {m.LogLoss:F4} | {m.Ece:F4} | {m.Seconds["fit"]:F1} (+{m.Seconds["read_and_features"]:F1} read+features) | {m.BestIteration + 1} | {peakMb:F0} |"));
        foreach (var peer in new[] { "xgboost", "hgb" })
        {
            var result = RunPeer(matrices, threads, peer);
            Console.WriteLine(result is null ? $"| {peer} | failed | | | | | |" : string.Create(c,
                $"| {result.Value.GetProperty("peer").GetString()} | {result.Value.GetProperty("auc").GetDouble():F4} | {result.Value.GetProperty("log_loss").GetDouble():F4} | {result.Value.GetProperty("ece").GetDouble():F4} | {result.Value.GetProperty("fit_seconds").GetDouble():F1} | {result.Value.GetProperty("rounds").GetInt32()} | {result.Value.GetProperty("peak_rss_mb").GetDouble():F0} |"));
        }

        return 0;
    }

    private static double BayesAuc(string region, DateTimeOffset validFrom)
    {
        var truth = DataFiles.ReadTruth(Path.Combine(region, "truth")).ToDictionary(t => t.AppointmentId, t => (float)t.NoShowProbability);
        var rows = DataFiles.ReadHistory(Path.Combine(region, "history")).Where(r => r.IsLabelled && r.StartAt >= validFrom).ToList();
        return Metrics.Auc([.. rows.Select(r => truth[r.AppointmentId])], [.. rows.Select(r => r.Outcome == Attendance.Data.Contract.Outcome.NoShow ? 1f : 0f)]);
    }

    private static JsonElement? RunPeer(string matrices, int threads, string peer)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Training", "peers.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [script, matrices, threads.ToString(CultureInfo.InvariantCulture), peer])
        {
            RedirectStandardOutput = true,
        };
        // HistGradientBoosting sizes its OpenMP pool from OMP_NUM_THREADS; XGBoost takes nthread.
        start.Environment["OMP_NUM_THREADS"] = threads.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return process.ExitCode == 0 && line is not null ? JsonDocument.Parse(line).RootElement.Clone() : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
