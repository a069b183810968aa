using System.Globalization;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Trees;

/// <summary>
/// The proof a <see cref="CompiledForest"/> must pass before it predicts for a booster: margins of probe rows built
/// from the model's own splits — each feature at a threshold it is split on, just below it, just above it, missing,
/// or (categorical) a code from below the smallest to beyond the largest category any split names — equal
/// XGBoost's in-place predictions exactly.
/// </summary>
internal static class ForestProbe
{
    /// <summary>Probe rows per check: milliseconds for both predictors.</summary>
    public const int RowCount = 4096;

    private const int Seed = 20261122;

    /// <summary>Null when every margin is equal, else the first difference.</summary>
    public static string? Compare(CompiledForest forest, Booster booster)
    {
        var columns = forest.FeatureCount;
        var features = ProbeRows(forest, new Random(Seed));
        var expected = new float[RowCount];
        booster.Predict(features, RowCount, columns, expected, PredictionOutput.Margin);
        var actual = new float[RowCount];
        forest.PredictMargins(features, RowCount, actual);
        for (var r = 0; r < RowCount; r++)
        {
            if (actual[r].CompareTo(expected[r]) != 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"the compiled trees gave margin {actual[r]:R} where XGBoost gave {expected[r]:R} (probe row {r})");
            }
        }

        return null;
    }

    /// <summary>Rows × features probe values (see the class summary).</summary>
    internal static float[] ProbeRows(CompiledForest forest, Random random)
    {
        var columns = forest.FeatureCount;
        var (thresholds, categorical, maxCategory) = forest.Splits();
        var features = new float[RowCount * columns];
        for (var r = 0; r < RowCount; r++)
        {
            for (var j = 0; j < columns; j++)
            {
                features[(r * columns) + j] = random.Next(10) switch
                {
                    0 => float.NaN,
                    _ when categorical[j] => random.Next(-1, maxCategory[j] + 3),
                    _ when thresholds[j].Length == 0 => 0,
                    var k => Nudge(thresholds[j][random.Next(thresholds[j].Length)], k % 3),
                };
            }
        }

        return features;
    }

    private static float Nudge(float threshold, int how) => how switch
    {
        0 => threshold,
        1 => MathF.BitDecrement(threshold),
        _ => MathF.BitIncrement(threshold),
    };
}
