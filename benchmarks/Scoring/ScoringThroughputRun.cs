using System.Diagnostics;
using System.Globalization;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Model.XGBoost;
using Attendance.Scoring;
using Attendance.Scoring.Policy;
using Attendance.Training;
using Attendance.Training.Input;
using Attendance.Benchmarks.Parquet;

namespace Attendance.Benchmarks.Scoring;

/// <summary>
/// End-to-end throughput of the batch scorer (Parquet in, features, prediction, exact-SHAP reasons for the
/// flagged rows, Parquet out) against XGBoost's raw in-place predict rate of the same model on a matrix of
/// the same shape, in the same run:
/// <code>OMP_WAIT_POLICY=PASSIVE dotnet run -c Release --project benchmarks -- scoring [--bookings 5000000] [--threads 2] [--calls-per-day 20] [--runs 2] [--work DIR] [--predict-only]</code>
/// Bookings and a history of about twice as many rows come from our generator (28 days of bookings,
/// 47 days of history) and are rewritten by DuckDB; the model is trained on a separate 20,000-patient, one-year
/// region. Both are cached under keys of their recipes (<see cref="Prepare"/>). <c>--predict-only</c> measures only
/// XGBoost's in-place predict and the compiled trees on the same matrix.
/// </summary>
public static class ScoringThroughputRun
{
    /// <summary>Generated bookings per patient over 28 days (measured: 1.33M for 2.14M patients).</summary>
    private const double BookingsPerPatient = 0.622;

    public static int Run(string[] args)
    {
        var c = CultureInfo.InvariantCulture;
        var bookings = Option(args, "--bookings", 5_000_000);
        var threads = Option(args, "--threads", 2);
        var callsPerDay = Option(args, "--calls-per-day", 20);
        var runs = Option(args, "--runs", 2);
        var work = OptionText(args, "--work") ?? Path.Combine(Path.GetTempPath(), "attendance-scoring-bench");
        var harmoniser = VisitTypeHarmoniser.Load();
        var (model, region) = Prepare(work, bookings, threads, harmoniser);
        if (args.Contains("--predict-only"))
        {
            var ((xgboost, xgboostCpu), (ours, oursCpu), equal, _, _) = RawPredictRate(model, Path.Combine(region, "bookings"), bookings, threads, harmoniser);
            Console.WriteLine(string.Create(c, $"XGBoost {xgboost:N0} rows/s ({xgboostCpu:F1} CPU-s), compiled trees {ours:N0} rows/s ({oursCpu:F1} CPU-s), margins {(equal ? "bit-identical" : "DIFFERENT")}, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            return 0;
        }

        var (bookingsRead, historyRead) = (BareRead(DataFiles.OpenBookings(Path.Combine(region, "bookings"))), BareRead(DataFiles.OpenHistory(Path.Combine(region, "history"))));
        var policy = ScoringPolicy.Default with { FlagRule = FlagRule.Capacity, CallsPerDay = callsPerDay };
        var output = Path.Combine(work, "scores.parquet");
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        ScoringSummary? summary = null;
        for (var run = 0; run < runs; run++)
        {
            var phases = new List<string>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var last = 0.0;
            var lastCpu = 0.0;
            summary = new BatchScorer().Score(
                new ScoringRequest
                {
                    ModelDirectory = model, Bookings = [Path.Combine(region, "bookings")], History = [Path.Combine(region, "history")],
                    Output = output, Policy = policy, Threads = threads, Harmoniser = harmoniser, AsOf = AsOf,
                },
                line =>
                {
                    var now = clock.Elapsed.TotalSeconds;
                    var nowCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    phases.Add(string.Create(c, $"{now - last,6:F2} s wall {nowCpu - lastCpu,6:F2} s CPU  {line}"));
                    (last, lastCpu) = (now, nowCpu);
                });
            var seconds = clock.Elapsed.TotalSeconds;
            var runCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            bestCpu = Math.Min(bestCpu, runCpu);
            phases.Add(string.Create(c, $"{seconds - last,6:F2} s wall {runCpu - lastCpu,6:F2} s CPU  reasons, scores file and summary"));
            best = Math.Min(best, seconds);
            Console.Error.WriteLine(string.Create(c, $"run {run + 1}: {seconds:F2} s wall, {runCpu:F2} s CPU, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            foreach (var phase in phases)
            {
                Console.Error.WriteLine("  " + phase);
            }
        }

        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        var ((rawRate, rawCpu), (compiledRate, compiledCpu), compiledEqual, trees, columns) = RawPredictRate(model, Path.Combine(region, "bookings"), summary!.BookingsRead, threads, harmoniser);
        var endToEnd = summary.BookingsRead / best;
        Console.WriteLine(string.Create(c, $"## Scoring ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, nthread {threads}, OMP_WAIT_POLICY={Environment.GetEnvironmentVariable("OMP_WAIT_POLICY") ?? "unset"})"));
        Console.WriteLine(string.Create(c, $"bookings {summary.BookingsRead:N0}, history rows {summary.HistoryRowsFolded + summary.HistoryRowsSkipped:N0} ({summary.HistoryRowsFolded:N0} folded), model {trees} trees × {columns} features, flagged {summary.Flagged:N0} (capacity {callsPerDay} per department-day; exact SHAP)"));
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(c, $"| end to end, best of {runs} | {best:F2} s = {endToEnd:N0} bookings/s |"));
        Console.WriteLine(string.Create(c, $"| raw XGBoost in-place predict, same model, {summary.BookingsRead:N0} × {columns} | {rawRate:N0} rows/s |"));
        Console.WriteLine(string.Create(c, $"| compiled trees (src/Model/Trees), same matrix and threads | {compiledRate:N0} rows/s, {compiledCpu:F1} CPU-s (XGBoost {rawCpu:F1} CPU-s); last call's margins {(compiledEqual ? "bit-identical" : "DIFFERENT")} |"));
        Console.WriteLine(string.Create(c, $"| end to end / raw predict | {endToEnd / rawRate:F2}× |"));
        Console.WriteLine(string.Create(c, $"| CPU seconds (all threads): end to end (best) / raw predict | {bestCpu:F1} s / {rawCpu:F1} s = {rawCpu / bestCpu:F2}× |"));
        Console.WriteLine(string.Create(c, $"| load average at the end (shared machine) | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |"));
        Console.WriteLine(string.Create(c, $"| reading alone (Attendance.Data, validated, all columns), CPU: bookings / history | {bookingsRead:F2} s / {historyRead:F2} s |"));
        Console.WriteLine(string.Create(c, $"| peak working set | {peakMb:F0} MB |"));
        return 0;
    }

    private static readonly DateTimeOffset AsOf = new(2026, 3, 1, 23, 0, 0, TimeSpan.Zero);

    /// <summary>Raise when the recipe below changes in a way the options and assemblies in the cache keys do not show.</summary>
    private const int RecipeVersion = 2;

    /// <summary>
    /// The model and the region, each cached in a folder named by a hash of its recipe: the generator and training
    /// options and the identity (MVID) of the assemblies that produce it, so a changed generator, feature code or
    /// trainer never meets a stale cache. The region is generated by our writer and rewritten by DuckDB (the issue's
    /// input: files another writer made), keeping the row order.
    /// </summary>
    private static (string Model, string Region) Prepare(string work, int bookings, int threads, VisitTypeHarmoniser harmoniser)
    {
        var c = CultureInfo.InvariantCulture;
        var training = new GeneratorOptions { Seed = 2, Patients = 20_000, Days = 365 };
        var model = Path.Combine(work, "model-" + CacheKey(string.Create(c, $"{training} threads {threads}"), typeof(DataFiles), typeof(Trainer), typeof(ModelArtifact)));
        if (!File.Exists(Path.Combine(model, ModelArtifact.ModelFile)))
        {
            var clock = Stopwatch.StartNew();
            var trainingRegion = model + "-training-region";
            DataFiles.Generate(trainingRegion, training);
            Trainer.Train(HistoryFiles.Read([Path.Combine(trainingRegion, "history")]), harmoniser, new TrainingOptions { Threads = threads }, model);
            Directory.Delete(trainingRegion, recursive: true);
            Console.Error.WriteLine(string.Create(c, $"trained the model in {clock.Elapsed.TotalSeconds:F1} s into {model}"));
        }

        var options = new GeneratorOptions { Seed = 3, Patients = (int)(bookings / BookingsPerPatient), Days = 47, HorizonDays = 28 };
        var region = Path.Combine(work, "region-" + CacheKey(options + " " + GeneratorFingerprint()));
        if (!File.Exists(Path.Combine(region, "history", "history.parquet")))
        {
            var clock = Stopwatch.StartNew();
            var generated = region + "-generated";
            var summary = DataFiles.Generate(generated, options);
            foreach (var table in new[] { "bookings", "history" })
            {
                Directory.CreateDirectory(Path.Combine(region, table));
                NodePeer.Run(
                    "--input-type=module",
                    "-e",
                    DuckDbRewrite,
                    Path.Combine(generated, table, table + ".parquet"),
                    Path.Combine(region, table, table + ".parquet"));
            }

            Directory.Delete(generated, recursive: true);
            Console.Error.WriteLine(string.Create(c, $"generated {summary.BookingRows:N0} bookings and {summary.HistoryRows:N0} history rows, rewritten by DuckDB, in {clock.Elapsed.TotalSeconds:F1} s into {region}"));
        }

        return (model, region);
    }

    /// <summary>DuckDB copies a Parquet file in row order (snappy, its default row groups of 122,880 rows); run by node in tests/peers.</summary>
    private const string DuckDbRewrite = """
        import { DuckDBInstance } from '@duckdb/node-api';
        const [from, to] = process.argv.slice(1);
        const sq = s => `'${s.replaceAll("'", "''")}'`;
        const db = await (await DuckDBInstance.create(':memory:')).connect();
        await db.run('SET preserve_insertion_order = true');
        await db.run(`COPY (SELECT * FROM read_parquet(${sq(from)})) TO ${sq(to)} (FORMAT parquet, COMPRESSION snappy)`);
        console.log('{}');
        """;

    /// <summary>
    /// What the generator makes of a tiny region (its rows as text): changes whenever the generator's output does, and
    /// — unlike the assembly's identity, which carries the commit — only then. About a second.
    /// </summary>
    private static string GeneratorFingerprint()
    {
        var sample = Path.Combine(Path.GetTempPath(), "attendance-scoring-bench-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            DataFiles.Generate(sample, new GeneratorOptions { Seed = 3, Patients = 300, Days = 20, HorizonDays = 7 });
            var rows = DataFiles.ReadBookings(Path.Combine(sample, "bookings")).Select(r => r.ToString())
                .Concat(DataFiles.ReadHistory(Path.Combine(sample, "history")).Select(r => r.ToString()));
            return CacheKey(string.Join('\n', rows));
        }
        finally
        {
            Directory.Delete(sample, recursive: true);
        }
    }

    /// <summary>12 hex digits of SHA-256 over the recipe text, <see cref="RecipeVersion"/> and the assemblies' MVIDs.</summary>
    private static string CacheKey(string recipe, params Type[] producers)
    {
        var text = string.Join('|', [recipe, RecipeVersion.ToString(CultureInfo.InvariantCulture), .. producers.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString())]);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>
    /// XGBoost's in-place prediction of the same model over as many rows as were scored, in 1M-row calls on one
    /// reused matrix tiled from real feature rows (appointment features of the first row group; history columns
    /// of a first-timer), the first call a warm-up; then the compiled trees over the same calls.
    /// </summary>
    private static ((double RowsPerSecond, double CpuSeconds) Raw, (double RowsPerSecond, double CpuSeconds) Compiled, bool Equal, int Trees, int Columns) RawPredictRate(string model, string bookings, long rows, int threads, VisitTypeHarmoniser harmoniser)
    {
        using var artifact = ModelArtifact.Load(model, threads);
        var builder = artifact.CreateBuilder(harmoniser);
        var columns = builder.Columns;
        var batch = DataFiles.OpenBookings(bookings).ReadBatches().First();
        var real = new float[batch.Count * columns];
        builder.WriteAppointmentFeatures(batch, [.. Enumerable.Range(0, batch.Count)], real);
        for (var r = 0; r < batch.Count; r++)
        {
            builder.WriteHistoryFeatures(default, AsOf.ToUnixTimeMilliseconds() * 1000, 0, real.AsSpan(r * columns, columns));
        }

        const int Block = 1_000_000;
        var matrix = new float[Block * columns];
        for (var at = 0; at < matrix.Length; at += real.Length)
        {
            real.AsSpan(0, Math.Min(real.Length, matrix.Length - at)).CopyTo(matrix.AsSpan(at));
        }

        var output = new float[Block];
        artifact.Booster.Predict(matrix.AsSpan(0, 1000 * columns), 1000, columns, output.AsSpan(0, 1000), PredictionOutput.Margin);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (long done = 0; done < rows; done += Block)
        {
            var n = (int)Math.Min(Block, rows - done);
            artifact.Booster.Predict(matrix.AsSpan(0, n * columns), n, columns, output.AsSpan(0, n), PredictionOutput.Margin);
        }

        var raw = (rows / clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);

        // The compiled trees on the same matrix, the 1M-row calls split over the same number of threads.
        var forest = artifact.Forest ?? throw new InvalidOperationException(artifact.Predictor);
        var compiledOutput = new float[Block];
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        for (long done = 0; done < rows; done += Block)
        {
            var n = (int)Math.Min(Block, rows - done);
            var share = (n + threads - 1) / threads;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var from = Math.Min(n, t * share);
                var count = Math.Min(n, from + share) - from;
                forest.PredictMargins(matrix.AsSpan(from * columns, count * columns), count, compiledOutput.AsSpan(from, count));
            });
        }

        var compiled = (rows / clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        var matches = compiledOutput.AsSpan(0, (int)Math.Min(Block, rows)).SequenceEqual(output.AsSpan(0, (int)Math.Min(Block, rows)));
        return (raw, compiled, matches, artifact.Booster.BestIteration is { } b ? b + 1 : artifact.Booster.BoostedRounds, columns);
    }

    /// <summary>CPU seconds to enumerate every validated batch of a table (one thread) and do nothing with it: the floor of any pass over it.</summary>
    private static double BareRead(TableReader reader)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long rows = 0;
        foreach (var batch in reader.ReadBatches())
        {
            rows += batch.Count;
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var text = OptionText(args, name);
        return text is null ? fallback : int.Parse(text, CultureInfo.InvariantCulture);
    }

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
