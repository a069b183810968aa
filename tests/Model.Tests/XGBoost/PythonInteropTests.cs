using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

/// <summary>
/// The model artifact's promise: model.json opens in Python XGBoost (Debian's python3-xgboost,
/// seen only by /usr/bin/python3) and predicts what we predict.
/// </summary>
public sealed class PythonInteropTests
{
    private const string Python = "/usr/bin/python3";
    private const int MissingXGBoostExitCode = 3;

    /// <summary>
    /// Loads the model, reads a little-endian float32 matrix and prints one prediction per line.
    /// Python's Booster.predict uses every tree unless told, so the script honours best_iteration
    /// the way XGBoost's scikit-learn wrapper does.
    /// </summary>
    private const string Script = """
        import sys
        try:
            import numpy as np
            import xgboost as xgb
        except ImportError:
            sys.exit(3)
        model, matrix, rows, cols = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        booster = xgb.Booster(model_file=model)
        x = np.fromfile(matrix, dtype="<f4").reshape(rows, cols)
        best = booster.attr("best_iteration")
        iterations = (0, int(best) + 1) if best is not None else (0, 0)
        data = xgb.DMatrix(x, missing=np.nan, feature_names=booster.feature_names,
                           feature_types=booster.feature_types, enable_categorical=True)
        for p in booster.predict(data, iteration_range=iterations):
            print(repr(float(p)))
        """;

    [Fact]
    public void JsonModel_OpensInPythonXGBoost_WithIdenticalPredictions()
    {
        var (features, labels, rows, columns) = DataWithCategory(600, seed: 21);
        using var train = DMatrix.FromDense(features.AsSpan(0, 400 * columns), 400, columns, labels.AsSpan(0, 400));
        using var valid = DMatrix.FromDense(features.AsSpan(400 * columns), rows - 400, columns, labels.AsSpan(400));
        foreach (var matrix in new[] { train, valid })
        {
            matrix.SetFeatureNames(["x0", "x1", "x2", "x3", "x4", "site"]);
            matrix.SetFeatureKinds([.. Enumerable.Repeat(FeatureKind.Quantitative, 5), FeatureKind.Categorical]);
        }

        var parameters = XGBoostFixture.Parameters with { LearningRate = 0.8, MaxDepth = 4 };
        using var booster = Booster.Train(parameters, train, valid, rounds: 100, earlyStoppingRounds: 3);
        Assert.True(booster.BestIteration < booster.BoostedRounds - 1, "the test needs a model that stopped early");
        using var directory = new TemporaryDirectory();
        booster.Save(directory.File("model.json"));
        WriteFloat32(directory.File("x.f32"), features);

        var python = RunPython(directory, rows, columns);

        var ours = booster.Predict(features, rows, columns);
        Assert.Equal(rows, python.Length);
        for (var r = 0; r < rows; r++)
        {
            Assert.True(Math.Abs(python[r] - ours[r]) <= 1e-6, $"row {r}: Python {python[r]}, ours {ours[r]}");
        }
    }

    private static double[] RunPython(TemporaryDirectory directory, int rows, int columns)
    {
        var scriptPath = directory.File("predict.py");
        File.WriteAllText(scriptPath, Script);
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { scriptPath, directory.File("model.json"), directory.File("x.f32"), rows.ToString(CultureInfo.InvariantCulture), columns.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} not found: run scripts/install-deps.sh --test");
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == MissingXGBoostExitCode)
        {
            Assert.Fail($"{Python} cannot import xgboost and numpy: run scripts/install-deps.sh --test");
        }

        Assert.True(process.ExitCode == 0, $"Python failed ({process.ExitCode}): {errors.Result}");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => double.Parse(l, CultureInfo.InvariantCulture))];
    }

    /// <summary>The synthetic logistic features plus a categorical "site" whose codes 0..5 shift the odds.</summary>
    private static (float[] Features, float[] Labels, int Rows, int Columns) DataWithCategory(int rows, int seed)
    {
        var data = XGBoostFixture.Data(rows, seed);
        var random = new Random(seed);
        var columns = data.Columns + 1;
        var features = new float[rows * columns];
        var labels = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            data.Row(r).CopyTo(features.AsSpan(r * columns));
            var site = random.Next(6);
            features[(r * columns) + data.Columns] = site;
            labels[r] = site is 2 or 5 && random.NextDouble() < 0.3 ? 1 : data.Labels[r];
        }

        return (features, labels, rows, columns);
    }

    private static void WriteFloat32(string path, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        File.WriteAllBytes(path, bytes);
    }
}
