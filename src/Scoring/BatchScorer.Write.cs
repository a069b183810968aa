using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Model.XGBoost;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Output;
using Attendance.Scoring.Pipeline;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring;

public sealed partial class BatchScorer
{
    /// <summary>The last pass: reasons for the flagged bookings of each row group (exact SHAP), and the scores file.</summary>
    private static void WriteScores(string output, string modelVersion, DateTimeOffset asOf, WriteContext context,
        IReadOnlyList<TableReader> bookings, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["attendance.model_version"] = modelVersion,
            ["attendance.as_of"] = asOf.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        using var writer = new ScoresWriter(output, modelVersion, metadata);
        var builder = context.Artifact.CreateBuilder(context.Harmoniser);
        var spec = context.Artifact.Spec;
        var keys = context.Index.Keys.ToArray();
        var actions = context.Decision.Actions;
        var first = 0;
        foreach (var batch in Batches(bookings, cancellationToken))
        {
            var rows = new List<int>(batch.Count);
            var flaggedRows = new List<int>();
            for (var r = 0; r < batch.Count; r++)
            {
                if (keys[first + r].Has(BookingTraits.Past))
                {
                    continue;
                }

                if (actions[first + r] != BookingAction.None)
                {
                    flaggedRows.Add(r);
                }

                rows.Add(r);
            }

            var reasonsOf = ExplainFlagged(batch, [.. flaggedRows], first, context, builder);
            var n = rows.Count;
            var probabilities = new float[n];
            var bands = new RiskBand[n];
            var rowActions = new BookingAction[n];
            var texts = new string?[n * ReasonPicker.Count];
            var contributions = new float[n * ReasonPicker.Count];
            for (int i = 0, f = 0; i < n; i++)
            {
                var global = first + rows[i];
                probabilities[i] = context.Probabilities[global];
                bands[i] = RiskFlagger.BandOf(probabilities[i], context.Policy);
                rowActions[i] = actions[global];
                if (rowActions[i] == BookingAction.None)
                {
                    continue;
                }

                var (reasons, count, values) = reasonsOf[f++];
                for (var k = 0; k < count; k++)
                {
                    texts[(i * ReasonPicker.Count) + k] = ReasonTemplates.Describe(spec.Features[reasons[k].Feature], values[reasons[k].Feature], context.Language);
                    contributions[(i * ReasonPicker.Count) + k] = reasons[k].Contribution;
                }
            }

            writer.Write(batch, [.. rows], probabilities, bands, rowActions, texts, contributions);
            first += batch.Count;
        }

        cancellationToken.ThrowIfCancellationRequested();
        writer.Complete();
    }

    /// <summary>Per flagged row (in order): its reasons, how many, and its feature values — rebuilt exactly as in the prediction pass.</summary>
    private static List<(Reason[] Reasons, int Count, float[] Values)> ExplainFlagged(
        Data.Batches.TableBatch batch, int[] flaggedRows, int first, WriteContext context, Model.Features.FeatureBuilder builder)
    {
        var result = new List<(Reason[], int, float[])>(flaggedRows.Length);
        if (flaggedRows.Length == 0)
        {
            return result;
        }

        var columns = builder.Columns;
        var matrix = new float[flaggedRows.Length * columns];
        builder.WriteAppointmentFeatures(batch, flaggedRows, matrix);
        var fold = context.Fold;
        var patients = context.Index.PatientOfRow;
        for (var i = 0; i < flaggedRows.Length; i++)
        {
            var global = first + flaggedRows[i];
            var patient = patients[global];
            builder.WriteHistoryFeatures(fold.StateOf(patient), fold.AsOfMicros, context.Index.Upcoming.Count(patient, fold.AsOfMicros, global),
                matrix.AsSpan(i * columns, columns));
        }

        var shap = context.Artifact.Booster.PredictContributions(matrix, flaggedRows.Length, columns, ContributionMethod.Exact);
        for (var i = 0; i < flaggedRows.Length; i++)
        {
            var reasons = new Reason[ReasonPicker.Count];
            var count = ReasonPicker.Pick(shap.AsSpan(i * (columns + 1), columns + 1), reasons);
            result.Add((reasons, count, matrix.AsSpan(i * columns, columns).ToArray()));
        }

        return result;
    }
}
