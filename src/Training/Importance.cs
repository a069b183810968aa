using Attendance.Model.Features;
using Attendance.Model.XGBoost;

namespace Attendance.Training;

/// <summary>Feature importance as the mean absolute SHAP value (exact TreeSHAP) on an evenly spaced sample of rows.</summary>
internal static class Importance
{
    public static IReadOnlyDictionary<string, double> MeanAbsoluteShap(Booster booster, FeatureSpec spec, ReadOnlySpan<float> matrix, int rows, int sampleRows)
    {
        var columns = spec.Features.Count;
        var take = Math.Min(rows, sampleRows);
        if (take == 0)
        {
            return new Dictionary<string, double>();
        }

        var sample = new float[take * columns];
        for (var i = 0; i < take; i++)
        {
            var row = (int)((long)i * rows / take);
            matrix.Slice(row * columns, columns).CopyTo(sample.AsSpan(i * columns, columns));
        }

        var contributions = booster.PredictContributions(sample, take, columns);
        var sums = new double[columns];
        for (var i = 0; i < take; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                sums[j] += Math.Abs(contributions[(i * (columns + 1)) + j]);
            }
        }

        return Enumerable.Range(0, columns)
            .OrderByDescending(j => sums[j]).ThenBy(j => j)
            .ToDictionary(j => spec.Features[j].Name, j => sums[j] / take);
    }
}
