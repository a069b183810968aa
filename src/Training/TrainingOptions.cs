using Attendance.Model.XGBoost;

namespace Attendance.Training;

/// <summary>
/// How <c>attendance train</c> trains. The hyper-parameters are conservative defaults for a few hundred
/// thousand to a few million rows of tabular data: moderate depth, row and column subsampling against
/// overfitting, a minimum leaf weight so that rare patterns do not get their own leaves, and early stopping
/// on the validation log loss to choose the number of trees. No class re-weighting: the log loss objective
/// then gives probabilities that are calibrated to begin with.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>Training cut-off = start_at − horizon.</summary>
    /// <value>Default 1 day.</value>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(1);

    /// <summary>First local (Copenhagen) date of the validation period; null: the last 20% of the time range.</summary>
    /// <value>Default null.</value>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Share of the time range used for validation when <see cref="ValidFrom"/> is null.</summary>
    /// <value>Default 0.2.</value>
    public double ValidShare { get; init; } = 0.2;

    /// <summary>Share of the training rows (the latest ones) held out to check and fit the calibration.</summary>
    /// <value>Default 0.1.</value>
    public double CalibrationShare { get; init; } = 0.1;

    /// <summary>Random seed (row and column subsampling).</summary>
    /// <value>Default 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>XGBoost threads; 0 = all cores.</summary>
    /// <value>Default 0.</value>
    public int Threads { get; init; }

    /// <summary>Maximum boosting rounds.</summary>
    /// <value>Default 2000.</value>
    public int MaxRounds { get; init; } = 2000;

    /// <summary>Rounds without improvement of the validation log loss before stopping.</summary>
    /// <value>Default 40.</value>
    public int EarlyStoppingRounds { get; init; } = 40;

    /// <summary>Rows sampled from the validation period for mean |SHAP| feature importance.</summary>
    /// <value>Default 2000.</value>
    public int ImportanceRows { get; init; } = 2000;

    /// <summary>The clock that stamps the artifact (trained_at).</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// When set, the exact training and validation matrices are also written there (train.f32, valid.f32,
    /// matrices.json) so that other libraries can be measured on the same features (benchmarks/Training).
    /// </summary>
    /// <value>Default null.</value>
    public string? ExportMatricesTo { get; init; }

    /// <summary>The XGBoost parameters.</summary>
    public BoosterParameters Parameters => new()
    {
        LearningRate = 0.08,
        MaxDepth = 6,
        MinChildWeight = 5,
        Subsample = 0.8,
        ColumnSampleByTree = 0.8,
        L2 = 1,
        MaxBin = 256,
        Seed = Seed,
        Threads = Threads,
        // Early stopping watches the last metric. AUC per round would cost a quarter of the fit (measured);
        // it is computed once, after training.
        EvalMetrics = ["logloss"],
    };
}
