using System.Globalization;
using Attendance.Model.Artifacts;
using Attendance.Model.XGBoost;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Output;
using Attendance.Scoring.Pipeline;
using Attendance.Scoring.Policy;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring;

public sealed partial class BatchScorer
{
    /// <summary>
    /// Flagged bookings explained per exact-SHAP call: small enough that the scores file's first row groups need not
    /// wait long, large enough that the DMatrix per call costs little.
    /// </summary>
    private const int ExplainBlock = 512;

    /// <summary>
    /// Starts explaining the flagged bookings on another thread (one XGBoost thread): exact SHAP contributions of the
    /// very feature rows that were predicted, turned into reasons, in input order. The booster must not be used by
    /// anything else until <paramref name="explaining"/> has ended.
    /// </summary>
    private static ReasonsInProgress StartExplaining(ModelArtifact artifact, BookingIndex index, FlagDecision decision, ReasonLanguage language,
        CancellationToken cancellationToken, out Task explaining)
    {
        var rows = new List<(BookingChunk Chunk, int Row)>();
        foreach (var chunk in index.Chunks)
        {
            for (var r = 0; r < chunk.Count; r++)
            {
                if (decision.Actions[chunk.First + r] != BookingAction.None)
                {
                    rows.Add((chunk, r));
                }
            }
        }

        var k = ReasonPicker.Count;
        var reasons = new ReasonsInProgress(new FlaggedReasons([.. rows.Select(r => r.Chunk.First + r.Row)], new string?[rows.Count * k], new float[rows.Count * k]));
        artifact.Booster.Threads = 1;
        explaining = Task.Run(
            () =>
            {
                try
                {
                    Explain(artifact, rows, reasons, language, cancellationToken);
                }
                catch (Exception e)
                {
                    reasons.Failed(e);
                    throw;
                }
            },
            CancellationToken.None);
        return reasons;
    }

    private static void Explain(ModelArtifact artifact, List<(BookingChunk Chunk, int Row)> rows, ReasonsInProgress progress, ReasonLanguage language,
        CancellationToken cancellationToken)
    {
        var spec = artifact.Spec;
        var columns = spec.Features.Count;
        var k = ReasonPicker.Count;
        var (texts, contributions) = (progress.Reasons.Texts, progress.Reasons.Contributions);
        var reasons = new Reason[k];
        var matrix = new float[Math.Min(rows.Count, ExplainBlock) * columns];
        for (var start = 0; start < rows.Count; start += ExplainBlock)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(ExplainBlock, rows.Count - start);
            for (var i = 0; i < n; i++)
            {
                var (chunk, row) = rows[start + i];
                chunk.Matrix.AsSpan(row * columns, columns).CopyTo(matrix.AsSpan(i * columns));
            }

            var shap = artifact.Booster.PredictContributions(matrix.AsSpan(0, n * columns), n, columns, ContributionMethod.Exact);
            for (var i = 0; i < n; i++)
            {
                var found = ReasonPicker.Pick(shap.AsSpan(i * (columns + 1), columns + 1), reasons);
                for (var j = 0; j < found; j++)
                {
                    var feature = reasons[j].Feature;
                    texts[((start + i) * k) + j] = ReasonTemplates.Describe(spec.Features[feature], matrix[(i * columns) + feature], language);
                    contributions[((start + i) * k) + j] = reasons[j].Contribution;
                }
            }

            progress.Explained(start + n);
        }

        progress.Explained(rows.Count);
    }

    /// <summary>The scores file, one row group of bookings at a time (bookings before the as-of time are left out).</summary>
    private static void WriteScores(string output, string modelVersion, DateTimeOffset asOf, BookingIndex index, float[] probabilities,
        FlagDecision decision, ReasonsInProgress explaining, ScoringPolicy policy, Action? afterRowGroup, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["attendance.model_version"] = modelVersion,
            ["attendance.as_of"] = asOf.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        using var writer = new ScoresWriter(output, modelVersion, metadata);
        var keys = index.Keys.ToArray();
        var k = ReasonPicker.Count;
        var flagged = 0;
        foreach (var chunk in index.Chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = 0;
            var flaggedHere = 0;
            for (var r = 0; r < chunk.Count; r++)
            {
                n += keys[chunk.First + r].Has(BookingTraits.Past) ? 0 : 1;
                flaggedHere += decision.Actions[chunk.First + r] != BookingAction.None ? 1 : 0;
            }

            explaining.WaitFor(flagged + flaggedHere);
            var reasons = explaining.Reasons;
            var ids = new string?[n];
            var patients = new string?[n];
            var starts = new long[n];
            var sites = new string?[n];
            var departments = new string?[n];
            var chunkProbabilities = new float[n];
            var bands = new RiskBand[n];
            var actions = new BookingAction[n];
            var texts = new string?[n * k];
            var contributions = new float[n * k];
            for (int r = 0, i = 0; r < chunk.Count; r++)
            {
                var row = chunk.First + r;
                if (keys[row].Has(BookingTraits.Past))
                {
                    continue;
                }

                ids[i] = chunk.AppointmentIds[r];
                patients[i] = chunk.PatientIds[r];
                starts[i] = chunk.Starts[r];
                sites[i] = index.Sites.NameOf(keys[row].Site);
                departments[i] = index.Departments.NameOf(keys[row].Department);
                chunkProbabilities[i] = probabilities[row];
                bands[i] = RiskFlagger.BandOf(probabilities[row], policy);
                actions[i] = decision.Actions[row];
                if (actions[i] != BookingAction.None)
                {
                    // Flagged bookings are never past ones, and both lists run in input order.
                    reasons.Texts.AsSpan(flagged * k, k).CopyTo(texts.AsSpan(i * k));
                    reasons.Contributions.AsSpan(flagged * k, k).CopyTo(contributions.AsSpan(i * k));
                    flagged++;
                }

                i++;
            }

            writer.Write(new ScoreRows
            {
                AppointmentIds = ids, PatientIds = patients, Starts = starts, Sites = sites, Departments = departments,
                Probabilities = chunkProbabilities, Bands = bands, Actions = actions, ReasonTexts = texts, ReasonContributions = contributions,
            });
            afterRowGroup?.Invoke();
        }

        cancellationToken.ThrowIfCancellationRequested();
        writer.Complete();
    }
}
