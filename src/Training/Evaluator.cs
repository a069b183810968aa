using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Training.Evaluation;
using Attendance.Training.Sets;

namespace Attendance.Training;

/// <summary>
/// Evaluates a trained model on a history: the same leak-free features as training (cut-off = start −
/// the model's horizon, history from the whole file), the model's vocabularies (unseen values counted),
/// on the labelled rows that start within [from, to].
/// </summary>
public static class Evaluator
{
    /// <exception cref="TrainingException">No labelled rows in the period.</exception>
    public static EvaluationResult Evaluate(
        ModelArtifact model,
        IEnumerable<TableBatch> history,
        VisitTypeHarmoniser harmoniser,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(history);
        var sets = LabelledSetBuilder.ForModel(model.Spec, harmoniser);
        foreach (var batch in history)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sets.Add(batch);
            progress?.Invoke(FormattableString.Invariant($"evaluate: read {sets.RowCount:N0} history rows"));
        }

        var set = sets.Finish(model.Spec);
        long fromMicros = from is { } f ? UtcMicros.FromInstant(f) : long.MinValue, toMicros = to is { } t ? UtcMicros.FromInstant(t) : long.MaxValue;
        set.SortByStart();
        var first = set.FirstStartingAt(fromMicros);
        var end = toMicros == long.MaxValue ? set.Rows : set.FirstStartingAt(toMicros + 1);
        var rows = set.Block(first, end - first);
        if (rows.Rows == 0)
        {
            throw new TrainingException(from is null
                ? "the history has no attended or no_show rows to evaluate on"
                : FormattableString.Invariant($"the history has no attended or no_show rows starting from {from:yyyy-MM-dd}{(to is null ? "" : $" to {to:yyyy-MM-dd}")}"));
        }

        var probabilities = new float[rows.Rows];
        model.PredictProbabilities(rows.Features, rows.Rows, probabilities);
        return new EvaluationResult(ModelEvaluation.Compute(model.Spec, rows.Features, probabilities, [.. rows.Labels]), set.Warnings);
    }
}
