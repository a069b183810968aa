namespace Attendance.Scoring.Output;

/// <summary>The columns of the scores file (see the architecture page, Outputs).</summary>
public static class ScoreColumns
{
    public const string AppointmentId = "appointment_id";
    public const string PatientId = "patient_id";
    public const string StartAt = "start_at";
    public const string Site = "site";
    public const string Department = "department";
    public const string NoShowProbability = "no_show_probability";
    public const string RiskBand = "risk_band";
    public const string Flagged = "flagged";
    public const string Action = "action";
    public const string ModelVersion = "model_version";

    /// <summary>reason_k (k = 1..3): the text of the k-th factor; null when not flagged or fewer factors raised the risk.</summary>
    public static string Reason(int k) => "reason_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>reason_k_contribution: the factor's SHAP contribution in log-odds.</summary>
    public static string Contribution(int k) => Reason(k) + "_contribution";
}
