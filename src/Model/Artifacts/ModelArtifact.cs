using Attendance.Data.VisitTypes;
using Attendance.Model.Calibration;
using Attendance.Model.Features;
using Attendance.Model.Trees;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Artifacts;

/// <summary>
/// A trained model as a folder: <c>model.json</c> (XGBoost JSON), <c>features.json</c> (the
/// <see cref="FeatureSpec"/>), <c>calibration.json</c>, <c>metrics.json</c> and <c>report.html</c>.
/// Loading checks that the three parts belong together; predicting gives calibrated probabilities, through the
/// <see cref="CompiledForest"/> when it compiles and matches XGBoost on its probe rows, else through XGBoost.
/// </summary>
/// <remarks>Thread safety: <see cref="PredictProbabilities"/> may run concurrently (compiled trees or in-place prediction).</remarks>
public sealed class ModelArtifact : IDisposable
{
    /// <summary>The XGBoost model file.</summary>
    public const string ModelFile = "model.json";

    /// <summary>The metrics file.</summary>
    public const string MetricsFile = "metrics.json";

    /// <summary>The HTML report.</summary>
    public const string ReportFile = "report.html";

    /// <summary>Booster attribute holding <see cref="FeatureSpec.Fingerprint"/> of the spec it was trained with.</summary>
    public const string FingerprintAttribute = "attendance_features_sha256";

    private ModelArtifact(string directory, FeatureSpec spec, Booster booster, Calibrator calibrator)
    {
        Directory = directory;
        Spec = spec;
        Booster = booster;
        Calibrator = calibrator;
        Forest = CompiledForest.TryCompile(booster, out var reason);
        Predictor = Forest is { } forest
            ? $"compiled trees ({forest.Trees} trees of depth {forest.Depth}; equal to XGBoost on {ForestProbe.RowCount} probe rows)"
            : $"XGBoost (the compiled trees do not apply: {reason})";
    }

    /// <summary>The artifact folder.</summary>
    public string Directory { get; }

    /// <summary>The feature specification.</summary>
    public FeatureSpec Spec { get; }

    /// <summary>The booster.</summary>
    public Booster Booster { get; }

    /// <summary>The calibration applied on top of the booster.</summary>
    public Calibrator Calibrator { get; }

    /// <summary>The booster compiled for <see cref="PredictProbabilities"/>, or null when XGBoost predicts (see <see cref="Predictor"/>).</summary>
    public CompiledForest? Forest { get; }

    /// <summary>Which predictor <see cref="PredictProbabilities"/> uses, and why XGBoost when it is XGBoost (for logs).</summary>
    public string Predictor { get; }

    /// <summary>Loads and cross-checks an artifact folder.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="threads">XGBoost threads for prediction (0 = all cores).</param>
    /// <param name="log">Receives XGBoost's log.</param>
    /// <exception cref="ModelArtifactException">A file is missing, or the model and features.json do not belong together.</exception>
    /// <exception cref="FeatureSpecException">features.json is malformed.</exception>
    public static ModelArtifact Load(string directory, int threads = 0, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ModelArtifactException($"{directory}: model folder not found");
        }

        var modelPath = Path.Combine(directory, ModelFile);
        if (!File.Exists(modelPath))
        {
            throw new ModelArtifactException($"{modelPath}: file not found (is {directory} a model folder?)");
        }

        var spec = FeatureSpec.Load(Path.Combine(directory, FeatureSpec.FileName));
        var calibrator = Calibrator.Load(Path.Combine(directory, Calibrator.FileName));
        var booster = Booster.Load(modelPath, threads, log);
        try
        {
            if (booster.FeatureCount != spec.Features.Count)
            {
                throw new ModelArtifactException(
                    $"{directory}: {ModelFile} expects {booster.FeatureCount} features but {FeatureSpec.FileName} lists {spec.Features.Count}");
            }

            var fingerprint = booster.GetAttribute(FingerprintAttribute);
            if (fingerprint != spec.Fingerprint)
            {
                throw new ModelArtifactException(
                    $"{directory}: {FeatureSpec.FileName} is not the specification {ModelFile} was trained with (fingerprint {spec.Fingerprint[..12]} vs {(fingerprint ?? "none")[..Math.Min(12, (fingerprint ?? "none").Length)]})");
            }

            return new ModelArtifact(directory, spec, booster, calibrator);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes model.json, features.json and calibration.json into <paramref name="directory"/> (created when
    /// absent), stamping the booster with the spec's fingerprint.
    /// </summary>
    public static void Save(string directory, Booster booster, FeatureSpec spec, Calibrator calibrator)
    {
        ArgumentNullException.ThrowIfNull(booster);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(calibrator);
        System.IO.Directory.CreateDirectory(directory);
        booster.SetAttribute(FingerprintAttribute, spec.Fingerprint);
        booster.Save(Path.Combine(directory, ModelFile));
        spec.Save(Path.Combine(directory, FeatureSpec.FileName));
        calibrator.Save(Path.Combine(directory, Calibrator.FileName));
    }

    /// <summary>A builder for this model's features (closed vocabularies: unseen values are missing and counted).</summary>
    public FeatureBuilder CreateBuilder(VisitTypeHarmoniser harmoniser) => new(Spec, harmoniser);

    /// <summary>
    /// A warning when <paramref name="harmoniser"/> is not the visit-type table the model was trained with
    /// (families may then differ; rows of unknown families are missing and counted), else null.
    /// </summary>
    public string? VisitTypesWarning(VisitTypeHarmoniser harmoniser)
    {
        var current = VisitTypeTableInfo.Of(harmoniser);
        return Spec.VisitTypes is { } trained && trained.Sha256 != current.Sha256
            ? $"the visit-type table {current.Source} differs from the one the model was trained with ({trained.Source}, sha256 {trained.Sha256[..Math.Min(12, trained.Sha256.Length)]})"
            : null;
    }

    /// <summary>Calibrated no-show probabilities of rows built by <see cref="CreateBuilder"/>.</summary>
    /// <param name="features">Rows × <see cref="FeatureSpec.Features"/> count, row-major.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="destination">One probability per row.</param>
    public void PredictProbabilities(ReadOnlySpan<float> features, int rows, Span<float> destination)
    {
        if (Forest is { } forest)
        {
            forest.PredictMargins(features, rows, destination);
        }
        else
        {
            Booster.Predict(features, rows, Spec.Features.Count, destination, PredictionOutput.Margin);
        }

        Calibrator.ApplyInPlace(destination[..rows]);
    }

    /// <inheritdoc />
    public void Dispose() => Booster.Dispose();
}
