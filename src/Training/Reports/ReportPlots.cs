using System.Globalization;
using Attendance.Training.Evaluation;

namespace Attendance.Training.Reports;

/// <summary>
/// The report's plots as standalone SVG (for report.html and for pages): presentation attributes
/// only (no <c>style</c>, which a strict content security policy blocks), every text encoded, a
/// <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> for screen readers. Each result is a well-formed XML element.
/// </summary>
public static class ReportPlots
{
    private static readonly (CurvePoint From, CurvePoint To) Diagonal = (new(0, 0), new(1, 1));

    /// <summary>ROC curve with the chance diagonal.</summary>
    public static string Roc(IReadOnlyList<CurvePoint> roc, PlotText text) => SvgPlot.Square(text, roc, null, Diagonal);

    /// <summary>Precision-recall curve with the base rate as reference.</summary>
    public static string PrecisionRecall(IReadOnlyList<CurvePoint> curve, double positiveRate, PlotText text) =>
        SvgPlot.Square(text, curve, null, (new(0, positiveRate), new(1, positiveRate)));

    /// <summary>Mean predicted against observed rate per bin, with the diagonal of perfect calibration.</summary>
    public static string Reliability(IReadOnlyList<ReliabilityBin> bins, PlotText text)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var points = bins.Select(b => new CurvePoint(b.MeanPrediction, b.ObservedRate)).ToList();
        return SvgPlot.Square(text, points, points, Diagonal);
    }

    /// <summary>Cumulative gains: the share of all no-shows caught in the top of the list, against a random order's diagonal.</summary>
    public static string Lift(IReadOnlyList<CurvePoint> lift, PlotText text)
    {
        ArgumentNullException.ThrowIfNull(lift);
        return SvgPlot.Square(text, [new(0, 0), .. lift.OrderBy(p => p.X)], lift, Diagonal);
    }

    /// <summary>The lift points of metrics.json (<c>top_5</c>: 0.05 → captured share), smallest share first.</summary>
    public static IReadOnlyList<CurvePoint> LiftOf(MetricsDocument metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var points = new List<CurvePoint>();
        foreach (var (key, captured) in metrics.Lift)
        {
            if (key.StartsWith("top_", StringComparison.Ordinal)
                && double.TryParse(key.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            {
                points.Add(new CurvePoint(percent / 100, captured));
            }
        }

        return [.. points.OrderBy(p => p.X)];
    }
}
