using System.Diagnostics;
using System.Globalization;
using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Model.Calibration;
using Attendance.Model.Features;
using Attendance.Model.XGBoost;
using Attendance.Training.Evaluation;
using Attendance.Training.Reports;
using Attendance.Training.Sets;

namespace Attendance.Training;

/// <summary>
/// Trains a no-show model from history and writes the artifact folder: the labelled set (leak-free
/// features), a time-based split, XGBoost with early stopping on the validation log loss, a calibration
/// check on the latest training rows, the validation evaluation, metrics.json and report.html.
/// </summary>
public static class Trainer
{
    /// <summary>Trains and writes <paramref name="outDir"/>.</summary>
    /// <param name="history">History batches (streamed; each may be reused after it is consumed).</param>
    /// <param name="harmoniser">The visit-type table.</param>
    /// <param name="options">Split, horizon, seed and hyper-parameters.</param>
    /// <param name="outDir">The artifact folder (created).</param>
    /// <param name="progress">Receives progress lines (for stderr).</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <exception cref="TrainingException">The history cannot give a meaningful model; the message says why.</exception>
    public static TrainingOutcome Train(
        IEnumerable<TableBatch> history,
        VisitTypeHarmoniser harmoniser,
        TrainingOptions options,
        string outDir,
        Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var c = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        var seconds = new Dictionary<string, double>();
        var sets = LabelledSetBuilder.ForTraining(new FeatureSpec { HorizonMinutes = (long)options.Horizon.TotalMinutes }, harmoniser);
        foreach (var batch in history)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sets.Add(batch);
            progress?.Invoke(string.Create(c, $"train: read {sets.RowCount:N0} history rows ({sets.LabelledCount:N0} labelled)"));
        }

        var split = Split.Decide(sets, options);
        var fitRows = sets.LabelledStarts.ToArray().Select(s => s < split.ValidFromMicros).ToArray();
        var unseen = new Dictionary<string, long>(StringComparer.Ordinal);
        var spec = sets.Builder!.FinishVocabularies(sets.Matrix, fitRows, unseen) with
        {
            PriorNoShowRate = split.BaseRate,
            VisitTypes = VisitTypeTableInfo.Of(harmoniser),
        };
        var set = sets.Finish(spec);
        foreach (var (name, count) in unseen)
        {
            set.Warnings.UnseenCategories[name + " (first seen after the training period)"] = count;
        }

        seconds["read_and_features"] = clock.Elapsed.TotalSeconds;
        progress?.Invoke(string.Create(c, $"train: features of {set.Rows:N0} labelled rows in {clock.Elapsed.TotalSeconds:F1} s"));

        set.SortByStart();
        var nTrain = set.FirstStartingAt(split.ValidFromMicros);
        var held = (int)(nTrain * options.CalibrationShare);
        held = held < CalibrationChoice.MinimumRows ? 0 : held;
        var core = set.Block(0, nTrain - held);
        var tail = set.Block(nTrain - held, held);
        var valid = set.Block(nTrain, set.Rows - nTrain);
        ColumnChecks.Run(set, nTrain);
        if (options.ExportMatricesTo is { } exportTo)
        {
            MatrixExport.Write(exportTo, spec, options, core, valid);
        }

        var fitClock = Stopwatch.StartNew();
        progress?.Invoke(string.Create(c, $"train: fitting on {core.Rows:N0} rows, early stopping on {valid.Rows:N0} validation rows"));
        using var booster = Fit(spec, options, core, valid, progress);
        seconds["fit"] = fitClock.Elapsed.TotalSeconds;
        progress?.Invoke(string.Create(c, $"train: {booster.BestIteration + 1} trees (best of {booster.BoostedRounds}) in {fitClock.Elapsed.TotalSeconds:F1} s"));

        var columns = spec.Features.Count;
        var calibrator = held == 0
            ? Calibrator.None with { Reason = string.Create(c, $"too few training rows to hold out {CalibrationChoice.MinimumRows:N0} for a calibration check") }
            : CalibrationChoice.Choose(booster.Predict(tail.Features, tail.Rows, columns, PredictionOutput.Margin), [.. tail.Labels]);
        var margins = booster.Predict(valid.Features, valid.Rows, columns, PredictionOutput.Margin);
        var validLabels = valid.Labels.ToArray();
        var raw = margins.Select(m => (float)Calibrator.Sigmoid(m)).ToArray();
        var calibrated = margins.Select(m => (float)calibrator.Apply(m)).ToArray();
        var evaluation = ModelEvaluation.Compute(spec, valid.Features, calibrated, validLabels);
        var importance = Importance.MeanAbsoluteShap(booster, spec, valid.Features, valid.Rows, options.ImportanceRows);

        ModelArtifact.Save(outDir, booster, spec, calibrator);
        var overall = evaluation.Overall;
        var document = new MetricsDocument
        {
            Auc = overall.Auc,
            PrAuc = overall.PrAuc,
            Brier = overall.Brier,
            LogLoss = overall.LogLoss,
            Ece = overall.Ece,
            NTrain = nTrain,
            NValid = valid.Rows,
            PositiveRateValid = overall.PositiveRate,
            Calibration = calibrator.Method.ToString().ToLowerInvariant(),
            CalibrationReason = calibrator.Reason,
            NCalibration = held,
            Uncalibrated = BinaryMetrics.Compute(raw, validLabels),
            Lift = evaluation.Lift.ToDictionary(l => string.Create(c, $"top_{l.Fraction * 100:0}"), l => l.Captured),
            TrainFrom = UtcMicros.ToInstant(set.StartMicros[0]),
            ValidFrom = UtcMicros.ToInstant(split.ValidFromMicros),
            ValidTo = UtcMicros.ToInstant(set.StartMicros[set.Rows - 1]),
            HorizonMinutes = spec.HorizonMinutes,
            Seed = options.Seed,
            BestIteration = booster.BestIteration ?? booster.BoostedRounds - 1,
            Parameters = options.Parameters.ToPairs().GroupBy(p => p.Key).ToDictionary(g => g.Key, g => string.Join(",", g.Select(p => p.Value))),
            Subgroups = evaluation.Subgroups,
            Importance = importance,
            Warnings = [.. set.Warnings.Lines()],
            TrainedAt = options.Clock.GetUtcNow(),
            Seconds = seconds,
        };
        seconds["total"] = clock.Elapsed.TotalSeconds;
        document.Save(Path.Combine(outDir, ModelArtifact.MetricsFile));
        ReportWriter.Write(Path.Combine(outDir, ModelArtifact.ReportFile), document, evaluation);
        return new TrainingOutcome(outDir, document, evaluation);
    }

    private static Booster Fit(FeatureSpec spec, TrainingOptions options, RowBlock core, RowBlock valid, Action<string>? progress)
    {
        var columns = spec.Features.Count;
        using var train = DMatrix.FromDense(core.Features, core.Rows, columns, core.Labels, threads: options.Threads);
        using var check = DMatrix.FromDense(valid.Features, valid.Rows, columns, valid.Labels, threads: options.Threads);
        foreach (var matrix in new[] { train, check })
        {
            matrix.SetFeatureNames(spec.Names);
            matrix.SetFeatureKinds(spec.Kinds);
        }

        return Booster.Train(options.Parameters, train, check, options.MaxRounds, options.EarlyStoppingRounds,
            line => progress?.Invoke("xgboost: " + line.TrimEnd()));
    }
}
