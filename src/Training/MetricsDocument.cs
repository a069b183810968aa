using System.Text.Json;
using System.Text.Json.Serialization;
using Attendance.Training.Evaluation;

namespace Attendance.Training;

/// <summary>
/// <c>metrics.json</c> of a model artifact: the validation metrics (calibrated probabilities), the sizes,
/// the periods, the calibration used, and how the model was trained.
/// </summary>
public sealed record MetricsDocument
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    [JsonPropertyName("auc")]
    public double Auc { get; init; }

    [JsonPropertyName("pr_auc")]
    public double PrAuc { get; init; }

    [JsonPropertyName("brier")]
    public double Brier { get; init; }

    [JsonPropertyName("log_loss")]
    public double LogLoss { get; init; }

    [JsonPropertyName("ece")]
    public double Ece { get; init; }

    [JsonPropertyName("n_train")]
    public long NTrain { get; init; }

    [JsonPropertyName("n_valid")]
    public long NValid { get; init; }

    [JsonPropertyName("positive_rate_valid")]
    public double PositiveRateValid { get; init; }

    /// <summary>"none", "platt" or "isotonic".</summary>
    [JsonPropertyName("calibration")]
    public string Calibration { get; init; } = "none";

    [JsonPropertyName("calibration_reason")]
    public string CalibrationReason { get; init; } = "";

    /// <summary>Rows (the latest of the training period) held out to check and fit the calibration.</summary>
    [JsonPropertyName("n_calibration")]
    public long NCalibration { get; init; }

    /// <summary>Validation metrics of the booster's own probabilities, before calibration.</summary>
    [JsonPropertyName("uncalibrated")]
    public BinaryMetrics? Uncalibrated { get; init; }

    [JsonPropertyName("lift")]
    public IReadOnlyDictionary<string, double> Lift { get; init; } = new Dictionary<string, double>();

    [JsonPropertyName("train_from")]
    public DateTimeOffset TrainFrom { get; init; }

    /// <summary>First instant of the validation period (inclusive).</summary>
    [JsonPropertyName("valid_from")]
    public DateTimeOffset ValidFrom { get; init; }

    /// <summary>Start of the last validation row (inclusive).</summary>
    [JsonPropertyName("valid_to")]
    public DateTimeOffset ValidTo { get; init; }

    [JsonPropertyName("horizon_minutes")]
    public long HorizonMinutes { get; init; }

    [JsonPropertyName("seed")]
    public int Seed { get; init; }

    [JsonPropertyName("best_iteration")]
    public int BestIteration { get; init; }

    [JsonPropertyName("parameters")]
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("subgroups")]
    public IReadOnlyList<SubgroupMetrics> Subgroups { get; init; } = [];

    /// <summary>Mean |SHAP| per feature on a validation sample, largest first.</summary>
    [JsonPropertyName("importance")]
    public IReadOnlyDictionary<string, double> Importance { get; init; } = new Dictionary<string, double>();

    [JsonPropertyName("warnings")]
    public IReadOnlyList<string> Warnings { get; init; } = [];

    [JsonPropertyName("trained_at")]
    public DateTimeOffset TrainedAt { get; init; }

    [JsonPropertyName("seconds")]
    public IReadOnlyDictionary<string, double> Seconds { get; init; } = new Dictionary<string, double>();

    /// <summary>Writes the document as indented JSON.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions));

    /// <summary>Reads a document.</summary>
    /// <exception cref="JsonException">Malformed.</exception>
    public static MetricsDocument Load(string path) =>
        JsonSerializer.Deserialize<MetricsDocument>(File.ReadAllText(path), JsonOptions) ?? throw new JsonException($"{path}: empty");

    /// <summary>Any serialisable value as indented JSON with the same number handling (NaN allowed).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);
}
