using Attendance.Model.Features;

namespace Attendance.Training.Evaluation;

/// <summary>Everything the report shows about probabilities on one set of rows.</summary>
public sealed record ModelEvaluation
{
    /// <summary>Shares of rows for the lift table.</summary>
    public static readonly double[] LiftFractions = [0.05, 0.10, 0.20];

    private const int MaxCurvePoints = 200;
    private static readonly int[] AgeBandStarts = [0, 25, 35, 50, 67, 80];

    public required BinaryMetrics Overall { get; init; }

    public required IReadOnlyList<ReliabilityBin> Reliability { get; init; }

    /// <summary>Share of all no-shows among the top 5/10/20% of rows by probability.</summary>
    public required IReadOnlyList<(double Fraction, double Captured)> Lift { get; init; }

    public required IReadOnlyList<SubgroupMetrics> Subgroups { get; init; }

    public required IReadOnlyList<CurvePoint> Roc { get; init; }

    public required IReadOnlyList<CurvePoint> PrecisionRecall { get; init; }

    /// <summary>Evaluates <paramref name="probabilities"/> of rows whose features are <paramref name="matrix"/> (rows × spec columns).</summary>
    public static ModelEvaluation Compute(FeatureSpec spec, ReadOnlySpan<float> matrix, float[] probabilities, float[] labels)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        var (roc, pr) = Curves(probabilities, labels);
        return new ModelEvaluation
        {
            Overall = BinaryMetrics.Compute(probabilities, labels),
            Reliability = Metrics.Reliability(probabilities, labels),
            Lift = [.. LiftFractions.Select(f => (f, Metrics.CapturedAtTop(probabilities, labels, f)))],
            Subgroups = BySubgroup(spec, matrix, probabilities, labels),
            Roc = roc,
            PrecisionRecall = pr,
        };
    }

    private static List<SubgroupMetrics> BySubgroup(FeatureSpec spec, ReadOnlySpan<float> matrix, float[] probabilities, float[] labels)
    {
        var columns = spec.Features.Count;
        var result = new List<SubgroupMetrics>();
        foreach (var (dimension, feature, name) in new (string, string, Func<float, IReadOnlyList<string>?, string>)[]
        {
            ("age band", FeatureNames.Age, (v, _) => AgeBand(v)),
            ("sex", FeatureNames.Sex, Category),
            ("digital user", FeatureNames.DigitalUser, (v, _) => float.IsNaN(v) ? "unknown" : v > 0.5f ? "digital" : "non-digital"),
            ("site", FeatureNames.Site, Category),
            ("department", FeatureNames.Department, Category),
        })
        {
            var j = spec.Names.ToList().IndexOf(feature);
            if (j < 0)
            {
                continue;
            }

            var categories = spec.Features[j].Categories;
            var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            for (var r = 0; r < labels.Length; r++)
            {
                var key = name(matrix[(r * columns) + j], categories);
                if (!groups.TryGetValue(key, out var rows))
                {
                    groups[key] = rows = [];
                }

                rows.Add(r);
            }

            foreach (var (group, rows) in groups)
            {
                var p = rows.Select(r => probabilities[r]).ToArray();
                var y = rows.Select(r => labels[r]).ToArray();
                var m = BinaryMetrics.Compute(p, y);
                result.Add(new SubgroupMetrics(dimension, group, m.Rows, m.Positives, m.Auc, m.MeanPrediction, m.PositiveRate, m.Ece));
            }
        }

        return result;
    }

    private static string AgeBand(float age)
    {
        if (float.IsNaN(age))
        {
            return "unknown";
        }

        var band = AgeBandStarts.Count(start => age >= start) - 1;
        var from = AgeBandStarts[Math.Max(band, 0)];
        return band == AgeBandStarts.Length - 1 ? $"{from}+" : $"{from:00}–{AgeBandStarts[band + 1] - 1:00}";
    }

    private static string Category(float code, IReadOnlyList<string>? categories) =>
        float.IsNaN(code) || categories is null || (int)code >= categories.Count ? "unknown" : categories[(int)code];

    private static (List<CurvePoint> Roc, List<CurvePoint> Pr) Curves(float[] probabilities, float[] labels)
    {
        var order = Metrics.SortedAscending(probabilities, labels.Length);
        double positives = labels.Count(y => y > 0.5f), negatives = labels.Length - positives;
        var roc = new List<CurvePoint> { new(0, 0) };
        var pr = new List<CurvePoint>();
        double tp = 0, fp = 0;
        var step = Math.Max(1, order.Length / MaxCurvePoints);
        var sinceLast = 0;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            if (labels[order[i]] > 0.5f)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            var thresholdEnds = i == 0 || probabilities[order[i - 1]] != probabilities[order[i]];
            if (thresholdEnds && (++sinceLast >= step || i == 0))
            {
                sinceLast = 0;
                roc.Add(new(negatives == 0 ? 0 : fp / negatives, positives == 0 ? 0 : tp / positives));
                pr.Add(new(positives == 0 ? 0 : tp / positives, tp / (tp + fp)));
            }
        }

        return (roc, pr);
    }
}
