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
/// Three streaming passes over the bookings and one over the history, each row group by row group:
/// (1) keys and patients of every booking, (2) the history folded into per-patient state as of the moment
/// of scoring, (3) features and probabilities, then the policy over all bookings at once, (4) reasons for
/// the flagged bookings and the scores file. Memory: about 24 bytes per booking, the per-patient state of the
/// booked patients, and one row group at a time.
/// </summary>
/// <param name="time">The clock used when a request has no as-of time.</param>
public sealed partial class BatchScorer(TimeProvider time)
{
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
        var asOf = request.AsOf ?? time.GetUtcNow();
        var asOfMicros = UtcMicros.FromInstant(asOf);
        var policy = request.Policy.Validated("policy");
        var output = PrepareOutput(request.Output);
        var bookings = Open(request.Bookings, "bookings", DataFiles.OpenBookings);
        var history = Open(request.History, "history", DataFiles.OpenHistory);
        var harmoniser = request.Harmoniser ?? VisitTypeHarmoniser.Load();
        using var artifact = ModelArtifact.Load(request.ModelDirectory, request.Threads);
        var modelVersion = ModelVersion(artifact);
        if (artifact.VisitTypesWarning(harmoniser) is { } warning)
        {
            progress?.Invoke("score: warning: " + warning);
        }

        var index = new BookingIndex(artifact.Spec, asOfMicros, policy, harmoniser);
        foreach (var batch in Batches(bookings, cancellationToken))
        {
            index.Add(batch);
        }

        index.Upcoming.Freeze();
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"score: {index.Count:N0} bookings of {index.Patients.Count:N0} patients, {index.Past:N0} before the as-of time"));

        var fold = new HistoryFold(artifact.Spec, asOfMicros, index.Patients, addNewPatients: false);
        foreach (var batch in Batches(history, cancellationToken))
        {
            fold.Add(batch);
        }

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"score: history folded ({fold.RowsFolded:N0} rows used, {fold.RowsSkipped:N0} not)"));

        var builder = artifact.CreateBuilder(harmoniser);
        var probabilities = Predict(artifact, builder, bookings, fold, index, cancellationToken);
        var decision = RiskFlagger.Decide(index.Keys, probabilities, policy);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"score: {decision.Flagged:N0} bookings flagged; writing {output}"));

        var context = new WriteContext(artifact, harmoniser, fold, index, probabilities, decision, policy, request.Language);
        WriteScores(output, modelVersion, asOf, context, bookings, cancellationToken);

        var summary = Summarise(modelVersion, asOf, request, policy, index, fold, builder, probabilities, decision);
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

    private static float[] Predict(ModelArtifact artifact, FeatureBuilder builder, IReadOnlyList<TableReader> bookings, HistoryFold fold, BookingIndex index,
        CancellationToken cancellationToken)
    {
        var probabilities = new float[index.Count];
        var columns = builder.Columns;
        var matrix = Array.Empty<float>();
        var first = 0;
        foreach (var batch in Batches(bookings, cancellationToken))
        {
            var n = batch.Count;
            if (matrix.Length < n * columns)
            {
                matrix = new float[n * columns];
            }

            builder.Build(batch, fold, index.Upcoming, first, matrix);
            artifact.PredictProbabilities(matrix.AsSpan(0, n * columns), n, probabilities.AsSpan(first, n));
            first += n;
        }

        return probabilities;
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
