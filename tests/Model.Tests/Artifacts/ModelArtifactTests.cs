using Attendance.Model.Artifacts;
using Attendance.Model.Calibration;
using Attendance.Model.Features;
using Attendance.Model.Tests.Features;
using Attendance.Model.Tests.XGBoost;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.Artifacts;

public sealed class ModelArtifactTests
{
    [Fact]
    public void Load_SavedArtifact_PredictsCalibratedProbabilities()
    {
        using var folder = new TemporaryDirectory();
        var (spec, features) = CreateSut(folder.Path, new Calibrator { Method = CalibrationMethod.Platt, A = 0.5, B = -1 });

        using var artifact = ModelArtifact.Load(folder.Path, threads: 1);
        var probabilities = new float[2];
        artifact.PredictProbabilities(features, 2, probabilities);
        var margins = artifact.Booster.Predict(features, 2, spec.Features.Count, PredictionOutput.Margin);

        Assert.Equal((float)Calibrator.Sigmoid((0.5 * margins[0]) - 1), probabilities[0], 6);
        Assert.Equal(CalibrationMethod.Platt, artifact.Calibrator.Method);
    }

    [Fact]
    public void Load_FeaturesFromAnotherTraining_ThrowsNamingTheFiles()
    {
        using var folder = new TemporaryDirectory();
        CreateSut(folder.Path, Calibrator.None);
        FeatureSpecs.Fitted("SLA", "NYK").Save(folder.File(FeatureSpec.FileName));

        var e = Assert.Throws<ModelArtifactException>(() => ModelArtifact.Load(folder.Path));

        Assert.Contains("features.json is not the specification model.json was trained with", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutModel_ThrowsNamingTheFile()
    {
        using var folder = new TemporaryDirectory();

        var e = Assert.Throws<ModelArtifactException>(() => ModelArtifact.Load(folder.Path));

        Assert.Contains("model.json: file not found", e.Message, StringComparison.Ordinal);
    }

    private static (FeatureSpec Spec, float[] Features) CreateSut(string folder, Calibrator calibrator)
    {
        var spec = FeatureSpecs.Fitted();
        var columns = spec.Features.Count;
        var random = new Random(1);
        var rows = 400;
        var x = new float[rows * columns];
        var y = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                x[(i * columns) + j] = spec.Features[j].Kind == FeatureKind.Categorical ? 0 : (float)random.NextDouble();
            }

            y[i] = x[i * columns] > 0.5f ? 1 : 0;
        }

        using var matrix = DMatrix.FromDense(x, rows, columns, y);
        matrix.SetFeatureNames(spec.Names);
        matrix.SetFeatureKinds(spec.Kinds);
        using var booster = Booster.Train(XGBoostFixture.Parameters, matrix, null, 5);
        ModelArtifact.Save(folder, booster, spec, calibrator);
        return (spec, x[..(2 * columns)]);
    }
}
