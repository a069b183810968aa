using Attendance.Model.Artifacts;
using Attendance.Model.Calibration;
using Attendance.Model.XGBoost;
using Attendance.Training.Input;
using Attendance.Training.Sets;

namespace Attendance.Scoring.Tests;

/// <summary>The compiled trees against XGBoost on a model of the real trainer and the real feature rows it was trained on.</summary>
public sealed class CompiledPredictionTests(ScoringFixture region) : IClassFixture<ScoringFixture>
{
    [Fact]
    public void Load_TrainedModel_PredictsThroughTheCompiledTrees()
    {
        using var artifact = ModelArtifact.Load(region.ModelDir, threads: 1);

        Assert.NotNull(artifact.Forest);
        Assert.StartsWith("compiled trees", artifact.Predictor, StringComparison.Ordinal);
        Assert.Contains(artifact.Spec.Features, f => f.Kind == FeatureKind.Categorical);
    }

    public static TheoryData<string> Calibrations => ["as trained", "platt", "isotonic"];

    [Theory]
    [MemberData(nameof(Calibrations))]
    public void PredictProbabilities_RealFeatureRows_EqualXGBoostsMarginsAndCalibratedProbabilities(string calibration)
    {
        using var artifact = ModelArtifact.Load(WithCalibration(calibration), threads: 2);
        var (matrix, rows) = FeatureRows(artifact);
        Assert.Contains(matrix, float.IsNaN);
        var margins = artifact.Booster.Predict(matrix, rows, artifact.Spec.Features.Count, PredictionOutput.Margin);
        var compiled = new float[rows];
        var probabilities = new float[rows];

        artifact.Forest!.PredictMargins(matrix, rows, compiled);
        artifact.PredictProbabilities(matrix, rows, probabilities);

        Assert.Equal(margins, compiled);
        artifact.Calibrator.ApplyInPlace(margins);
        for (var r = 0; r < rows; r++)
        {
            Assert.InRange(Math.Abs(probabilities[r] - margins[r]), 0, 1e-6);
        }
    }

    /// <summary>The fixture's model folder, or a copy of it with another calibration.</summary>
    private string WithCalibration(string calibration)
    {
        if (calibration == "as trained")
        {
            return region.ModelDir;
        }

        var folder = region.NewFolder();
        foreach (var file in Directory.GetFiles(region.ModelDir))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var calibrator = calibration == "platt"
            ? new Calibrator { Method = CalibrationMethod.Platt, A = 0.9, B = -0.2 }
            : new Calibrator { Method = CalibrationMethod.Isotonic, X = [0.01, 0.05, 0.2, 0.6], Y = [0.02, 0.04, 0.25, 0.5] };
        calibrator.Save(Path.Combine(folder, Calibrator.FileName));
        return folder;
    }

    /// <summary>Every labelled history row's features, as training built them.</summary>
    private (float[] Matrix, int Rows) FeatureRows(ModelArtifact artifact)
    {
        var sets = LabelledSetBuilder.ForModel(artifact.Spec, ScoringFixture.Harmoniser);
        foreach (var batch in HistoryFiles.Read([region.HistoryPath]))
        {
            sets.Add(batch);
        }

        var set = sets.Finish(artifact.Spec);
        return (set.Matrix[..(set.Rows * set.Columns)], set.Rows);
    }
}
