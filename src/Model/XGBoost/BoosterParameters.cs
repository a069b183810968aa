using System.Globalization;

namespace Attendance.Model.XGBoost;

/// <summary>
/// Typed XGBoost training parameters with Attendance's defaults, formatted in the invariant culture.
/// Anything not covered goes into <see cref="Extra"/> as XGBoost names it.
/// </summary>
public sealed record BoosterParameters
{
    /// <summary>Learning objective.</summary>
    /// <value>Default "binary:logistic": probabilities of the positive class.</value>
    public string Objective { get; init; } = "binary:logistic";

    /// <summary>Validation metrics, in order; early stopping watches the last one.</summary>
    /// <value>Default ["logloss"]: proper scoring, so early stopping does not trade calibration for ranking.</value>
    public IReadOnlyList<string> EvalMetrics { get; init; } = ["logloss"];

    /// <summary>Shrinkage per round (<c>eta</c>).</summary>
    /// <value>Default 0.1.</value>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Maximum tree depth.</summary>
    /// <value>Default 6.</value>
    public int MaxDepth { get; init; } = 6;

    /// <summary>Minimum hessian sum in a leaf.</summary>
    /// <value>Default 1.</value>
    public double MinChildWeight { get; init; } = 1;

    /// <summary>Row subsampling per tree, in (0, 1].</summary>
    /// <value>Default 1 (no subsampling).</value>
    public double Subsample { get; init; } = 1;

    /// <summary>Column subsampling per tree, in (0, 1].</summary>
    /// <value>Default 1 (no subsampling).</value>
    public double ColumnSampleByTree { get; init; } = 1;

    /// <summary>L2 regularisation on leaf weights (<c>lambda</c>).</summary>
    /// <value>Default 1.</value>
    public double L2 { get; init; } = 1;

    /// <summary>L1 regularisation on leaf weights (<c>alpha</c>).</summary>
    /// <value>Default 0.</value>
    public double L1 { get; init; }

    /// <summary>Tree construction algorithm.</summary>
    /// <value>Default "hist": fast, and required for categorical features.</value>
    public string TreeMethod { get; init; } = "hist";

    /// <summary>Histogram bins per feature.</summary>
    /// <value>Default 256.</value>
    public int MaxBin { get; init; } = 256;

    /// <summary>Random seed; with the same data, parameters and <see cref="Threads"/> training is reproducible.</summary>
    /// <value>Default 0.</value>
    public int Seed { get; init; }

    /// <summary>OpenMP threads (<c>nthread</c>); 0 uses all cores.</summary>
    /// <value>Default 0.</value>
    public int Threads { get; init; }

    /// <summary>Further parameters by XGBoost name, applied after the typed ones.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>The parameters as XGBoost name/value pairs, in the order they are set.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToPairs()
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("objective", Objective),
            new("eta", Format(LearningRate)),
            new("max_depth", Format(MaxDepth)),
            new("min_child_weight", Format(MinChildWeight)),
            new("subsample", Format(Subsample)),
            new("colsample_bytree", Format(ColumnSampleByTree)),
            new("lambda", Format(L2)),
            new("alpha", Format(L1)),
            new("tree_method", TreeMethod),
            new("max_bin", Format(MaxBin)),
            new("seed", Format(Seed)),
            new("nthread", Format(Threads)),
        };
        // XGBoost appends each eval_metric it is given; this is how several are set through the C API.
        pairs.AddRange(EvalMetrics.Select(m => new KeyValuePair<string, string>("eval_metric", m)));
        pairs.AddRange(Extra);
        return pairs;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
