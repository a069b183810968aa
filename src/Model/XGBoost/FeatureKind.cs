namespace Attendance.Model.XGBoost;

/// <summary>How XGBoost treats a feature column (<c>feature_type</c> "q" or "c").</summary>
public enum FeatureKind
{
    /// <summary>A number split by thresholds ("q").</summary>
    Quantitative,

    /// <summary>
    /// A category code: a non-negative whole number, split by category sets ("c"). Needs
    /// <c>tree_method</c> hist or approx. Codes never seen in training follow the default branch.
    /// </summary>
    Categorical,
}
