using System.Globalization;

namespace Attendance.Model.XGBoost;

/// <summary>Reads the text <c>XGBoosterEvalOneIter</c> returns: "[7]\tvalid-logloss:0.51\tvalid-auc:0.80".</summary>
internal static class EvaluationLine
{
    /// <summary>Metrics whose larger values are better, as XGBoost's Python early stopping decides it.</summary>
    private static readonly string[] MaximisedPrefixes = ["auc", "aucpr", "map", "ndcg"];

    /// <summary>The last metric reported for <paramref name="dataName"/>: the one early stopping watches.</summary>
    /// <exception cref="XGBoostException">The line has no metric for <paramref name="dataName"/>.</exception>
    public static (string Metric, double Score) LastMetric(string line, string dataName)
    {
        (string, double)? last = null;
        var prefix = dataName + "-";
        foreach (var field in line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = field.LastIndexOf(':');
            if (!field.StartsWith(prefix, StringComparison.Ordinal) || colon < 0)
            {
                continue;
            }

            var metric = field[prefix.Length..colon];
            var text = field[(colon + 1)..];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw new XGBoostException($"Cannot read the score of {metric} from XGBoost's evaluation \"{line}\".");
            }

            last = (metric, score);
        }

        return last ?? throw new XGBoostException($"XGBoost's evaluation \"{line}\" has no metric for {dataName}.");
    }

    /// <summary>Whether a larger <paramref name="metric"/> is better.</summary>
    public static bool IsMaximised(string metric) =>
        metric != "mape" && MaximisedPrefixes.Any(p => metric.StartsWith(p, StringComparison.Ordinal));
}
