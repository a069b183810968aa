using System.Text.Json;
using System.Text.Json.Serialization;
using Attendance.Training.Evaluation;

namespace Attendance.Training.Reports;

/// <summary>
/// <c>curves.json</c> beside report.html: the validation curves behind the report's plots, so a page
/// can draw them again (in its reader's language) without re-evaluating the model. Models trained
/// before this file existed have none; their lift still comes from metrics.json.
/// </summary>
public sealed record ReportCurves
{
    public const string FileName = "curves.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [JsonPropertyName("roc")]
    public IReadOnlyList<CurvePoint> Roc { get; init; } = [];

    [JsonPropertyName("precision_recall")]
    public IReadOnlyList<CurvePoint> PrecisionRecall { get; init; } = [];

    [JsonPropertyName("reliability")]
    public IReadOnlyList<ReliabilityBin> Reliability { get; init; } = [];

    /// <summary>X: share of rows at the top of the list; Y: share of all no-shows among them.</summary>
    [JsonPropertyName("lift")]
    public IReadOnlyList<CurvePoint> Lift { get; init; } = [];

    public static ReportCurves Of(ModelEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new ReportCurves
        {
            Roc = evaluation.Roc,
            PrecisionRecall = evaluation.PrecisionRecall,
            Reliability = evaluation.Reliability,
            Lift = [.. evaluation.Lift.Select(l => new CurvePoint(l.Fraction, l.Captured))],
        };
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions));

    /// <summary>The curves of the artifact in <paramref name="directory"/>, or null if it has none.</summary>
    /// <exception cref="JsonException">The file is malformed.</exception>
    public static ReportCurves? TryLoad(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<ReportCurves>(File.ReadAllText(path), JsonOptions) : null;
    }
}
