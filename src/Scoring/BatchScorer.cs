using System.Globalization;
using System.Security.Cryptography;
using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Output;
using Attendance.Scoring.Pipeline;

namespace Attendance.Scoring;

/// <summary>
/// The nightly batch scorer: bookings in; no-show probabilities, flags, actions and reasons out.
/// The bookings are read once, row group by row group, while the history is folded into per-patient state
/// as of the moment of scoring on another thread; then history features and calibrated probabilities per
/// row group (row groups in parallel, in-place prediction), the policy over all bookings at once, exact
/// SHAP reasons for the flagged bookings, and the scores file. Memory: about 4 × features + 120 bytes per
/// booking (feature rows, ids, keys) plus one state per patient; history rows are never kept.
/// </summary>
/// <param name="time">The clock used when a request has no as-of time.</param>
public sealed partial class BatchScorer(TimeProvider time)
{
    /// <summary>A progress line per this many bookings read.</summary>
    private const int ProgressRows = 1_000_000;

    /// <summary>
    /// The history is read only for <see cref="HistoryFold.Add"/>: the columns it uses, so the CPR guard covers
    /// patient_id (and the unique appointment_id), outcome's allowed values are checked, and the other columns
    /// are checked in the footers only. The duplicate-id check stays on (a repeated appointment would count a
    /// patient's past twice); it reads appointment_id and keeps 8 bytes a row.
    /// </summary>
    internal static readonly TableReadOptions HistoryRead = new()
    {
        Columns = [Columns.PatientId, Columns.StartAt, Columns.Outcome, Columns.DurationMin],
    };

    /// <summary>Test seam: called after each row group of the scores file has gone to the writer.</summary>
    internal Action? AfterRowGroupWritten { get; init; }

    /// <summary>Scores with the system clock.</summary>
    public BatchScorer()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Runs one scoring request and writes the scores file and its summary.</summary>
    /// <param name="request">What to score.</param>
    /// <param name="progress">Receives progress lines (for stderr).</param>
    /// <param name="cancellationToken">Stops between row groups; nothing is left under the output name.</param>
    /// <returns>The summary (also written beside the scores).</returns>
    /// <exception cref="ScoringException">A path does not exist or the output cannot be placed.</exception>
    /// <exception cref="DataContractException">An input file breaks the data contract (CPR-like value, missing column, corrupt file).</exception>
    /// <exception cref="ModelArtifactException">The model folder is incomplete or its parts do not belong together.</exception>
    /// <exception cref="FeatureSpecException">features.json is malformed, or a bookings column cannot be used as the model was trained.</exception>
    public ScoringSummary Score(ScoringRequest request, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var c = CultureInfo.InvariantCulture;
        var asOf = request.AsOf ?? time.GetUtcNow();
        var asOfMicros = UtcMicros.FromInstant(asOf);
        var policy = request.Policy.Validated("policy");
        var output = PrepareOutput(request.Output);
        var bookings = Open(request.Bookings, "bookings", DataFiles.OpenBookings);
        var history = Open(request.History, "history", path => DataFiles.OpenHistory(path, HistoryRead));
        var harmoniser = request.Harmoniser ?? VisitTypeHarmoniser.Load();
        var workers = request.Threads > 0 ? request.Threads : Environment.ProcessorCount;
        // One XGBoost thread per call: row groups are predicted in parallel instead (see PredictAll).
        using var artifact = ModelArtifact.Load(request.ModelDirectory, threads: 1);
        var modelVersion = ModelVersion(artifact);
        progress?.Invoke("score: predicting with " + artifact.Predictor);
        if (artifact.VisitTypesWarning(harmoniser) is { } warning)
        {
            progress?.Invoke("score: warning: " + warning);
        }

        var builder = artifact.CreateBuilder(harmoniser);
        var index = new BookingIndex(builder, asOfMicros, policy, harmoniser, request.Departments);
        var fold = ReadBoth(bookings, history, index, artifact.Spec, asOfMicros, progress, cancellationToken);
        var states = StatesOfBookedPatients(index, fold, workers);
        progress?.Invoke(string.Create(c, $"score: read {index.Count:N0} bookings of {index.Patients.Count:N0} patients ({index.Past:N0} before the as-of time) and folded {fold.RowsFolded:N0} history rows"));

        var probabilities = PredictAll(artifact, builder, index, states, asOfMicros, workers, cancellationToken);
        var decision = RiskFlagger.Decide(index.Keys, probabilities, policy);
        progress?.Invoke(string.Create(c, $"score: predicted; {decision.Flagged:N0} bookings flagged; explaining them while writing {output}"));

        // The reasons are computed on another thread while the scores file is written; the writer waits for each row
        // group's flagged bookings. A failure on either side stops the other.
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var reasons = StartExplaining(artifact, index, decision, request.Language, stop.Token, out var explaining);
            try
            {
                WriteScores(output, modelVersion, asOf, index, probabilities, decision, reasons, policy, AfterRowGroupWritten, cancellationToken);
            }
            catch
            {
                stop.Cancel();
                try
                {
                    explaining.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The writer's error is the one to report.
                }

                throw;
            }

            explaining.GetAwaiter().GetResult();
        }

        progress?.Invoke(string.Create(c, $"score: explained {decision.Flagged:N0} flagged bookings and wrote the scores"));

        var summary = Summarise(modelVersion, asOf, request, policy, index, states, fold, builder, probabilities, decision);
        summary.Save(ScoringSummary.PathBeside(output));
        return summary;
    }

    /// <summary>
    /// The model folder's name (in a registry, its version such as <c>v0003</c>), "@" and the first 12 hex digits
    /// of the SHA-256 of model.json, features.json and calibration.json: the same files give the same version.
    /// </summary>
    public static string ModelVersion(ModelArtifact artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { ModelArtifact.ModelFile, FeatureSpec.FileName, Model.Calibration.Calibrator.FileName })
        {
            hash.AppendData(File.ReadAllBytes(Path.Combine(artifact.Directory, file)));
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(artifact.Directory)));
        return name + "@" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    /// <summary>
    /// Reads the bookings (this thread) and folds the history (another thread) at the same time; each side has
    /// its own patient index, joined afterwards by pseudonym. The first failure wins and stops the other side.
    /// </summary>
    private static HistoryFold ReadBoth(IReadOnlyList<TableReader> bookings, IReadOnlyList<TableReader> history, BookingIndex index,
        FeatureSpec spec, long asOfMicros, Action<string>? progress, CancellationToken cancellationToken)
    {
        var fold = new HistoryFold(spec, asOfMicros, new PatientIndex());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var folding = Task.Run(
            () =>
            {
                foreach (var batch in Batches(history, stop.Token))
                {
                    fold.Add(batch);
                }
            },
            stop.Token);
        try
        {
            foreach (var batch in Batches(bookings, cancellationToken))
            {
                var before = index.Count;
                index.Add(batch);
                if (index.Count / ProgressRows > before / ProgressRows)
                {
                    progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"score: read {index.Count:N0} bookings"));
                }
            }

            // Sorting the bookings per patient overlaps the rest of the history fold.
            index.Upcoming.Freeze();
        }
        catch
        {
            stop.Cancel();
            try
            {
                folding.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The bookings' error is the one to report.
            }

            throw;
        }

        folding.GetAwaiter().GetResult();
        return fold;
    }

    /// <summary>
    /// The folded state of each booked patient, by booked-patient id (first-timers: the empty state). Millions of
    /// lookups in the fold's read-only index, so on every worker.
    /// </summary>
    private static PatientHistoryState[] StatesOfBookedPatients(BookingIndex index, HistoryFold fold, int workers)
    {
        var states = new PatientHistoryState[index.PatientNames.Count];
        var names = index.PatientNames;
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, states.Length, 65_536),
            new ParallelOptions { MaxDegreeOfParallelism = workers },
            range =>
            {
                for (var p = range.Item1; p < range.Item2; p++)
                {
                    states[p] = fold.StateOf(fold.Patients.Find(names[p]));
                }
            });
        return states;
    }

    /// <summary>
    /// History features and calibrated probabilities, row group by row group, <paramref name="workers"/> at a time;
    /// other partitions' bookings are left out (probability 0, never read).
    /// </summary>
    private static float[] PredictAll(ModelArtifact artifact, FeatureBuilder builder, BookingIndex index, PatientHistoryState[] states, long asOfMicros,
        int workers, CancellationToken cancellationToken)
    {
        var probabilities = new float[index.Count];
        var patients = index.PatientOfRow.ToArray();
        var columns = builder.Columns;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        // Invariant: after the bookings are read, the builder's history path, the frozen upcoming bookings, the
        // states and the booster's in-place prediction are read-only, so row groups do not share mutable state.
        Parallel.ForEach(index.Chunks, options, chunk =>
        {
            var predicted = new List<int>(chunk.Count);
            for (var r = 0; r < chunk.Count; r++)
            {
                var row = chunk.First + r;
                if (index.Keys[row].Has(BookingTraits.OtherPartition))
                {
                    continue;
                }

                var patient = patients[row];
                builder.WriteHistoryFeatures(states[patient], asOfMicros, index.Upcoming.Count(patient, asOfMicros, row), chunk.Matrix.AsSpan(r * columns, columns));
                predicted.Add(r);
            }

            if (predicted.Count == chunk.Count)
            {
                artifact.PredictProbabilities(chunk.Matrix, chunk.Count, probabilities.AsSpan(chunk.First, chunk.Count));
            }
            else if (predicted.Count > 0)
            {
                PredictSome(artifact, chunk, predicted, columns, probabilities);
            }
        });
        return probabilities;
    }

    /// <summary>
    /// Predicts the chunk's <paramref name="rows"/> only, through a copy of their feature rows: the chunk's
    /// matrix stays where the reasons read each booking's features.
    /// </summary>
    private static void PredictSome(ModelArtifact artifact, BookingChunk chunk, List<int> rows, int columns, float[] probabilities)
    {
        var matrix = new float[rows.Count * columns];
        for (var i = 0; i < rows.Count; i++)
        {
            chunk.Matrix.AsSpan(rows[i] * columns, columns).CopyTo(matrix.AsSpan(i * columns));
        }

        var some = new float[rows.Count];
        artifact.PredictProbabilities(matrix, rows.Count, some);
        for (var i = 0; i < rows.Count; i++)
        {
            probabilities[chunk.First + rows[i]] = some[i];
        }
    }

    private static string PrepareOutput(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ScoringException("--out: no output file given");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ScoringException($"{path}: is a folder; --out names the scores file to write (e.g. scores.parquet)");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    private static List<TableReader> Open(IReadOnlyList<string> paths, string table, Func<string, TableReader> open)
    {
        if (paths.Count == 0)
        {
            throw new ScoringException($"no {table} files given");
        }

        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new ScoringException($"{path}: no such {table} file or folder");
            }
        }

        return [.. paths.Select(open)];
    }

    private static IEnumerable<TableBatch> Batches(IReadOnlyList<TableReader> readers, CancellationToken cancellationToken) =>
        readers.SelectMany(r => r.ReadBatches(cancellationToken));
}
