namespace Attendance.Model.XGBoost;

/// <summary>What a prediction returns per row.</summary>
public enum PredictionOutput
{
    /// <summary>The transformed prediction (a probability for binary:logistic).</summary>
    Value,

    /// <summary>The untransformed margin (log-odds for binary:logistic); SHAP contributions sum to it.</summary>
    Margin,
}
