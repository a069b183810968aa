using System.Globalization;
using System.Net;
using System.Text;
using Attendance.Training.Evaluation;

namespace Attendance.Training.Reports;

/// <summary>
/// report.html: one self-contained page (inline CSS and SVG, no script, no network) with the validation
/// metrics, ROC, precision-recall and reliability curves, the lift table, subgroups, feature importance,
/// the calibration decision and the data warnings. Every text from data is HTML-encoded.
/// </summary>
public static class ReportWriter
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The ROC plot's words in English.</summary>
    public static PlotText RocText { get; } = new("ROC", "True positive rate against false positive rate on the validation rows; the dashed diagonal is chance.",
        "false positive rate", "true positive rate");

    /// <summary>The reliability plot's words in English.</summary>
    public static PlotText ReliabilityText { get; } = new("Reliability", "Observed no-show rate against mean predicted probability per bin; the dashed diagonal is perfect calibration.",
        "mean predicted probability", "observed no-show rate");

    /// <summary>The lift (cumulative gains) plot's words in English.</summary>
    public static PlotText LiftText { get; } = new("Lift", "Share of all no-shows caught among the top of the list ranked by probability; the dashed diagonal is a random order.",
        "share of the list (top)", "share of no-shows caught");

    /// <summary>Writes the report, and its curves as <see cref="ReportCurves.FileName"/> beside it.</summary>
    public static void Write(string path, MetricsDocument metrics, ModelEvaluation validation)
    {
        File.WriteAllText(path, Render(metrics, validation));
        ReportCurves.Of(validation).Save(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ReportCurves.FileName));
    }

    /// <summary>The report's HTML.</summary>
    public static string Render(MetricsDocument metrics, ModelEvaluation validation)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(validation);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No-show model report</title><style>")
            .Append("body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}")
            .Append(".plots{display:flex;flex-wrap:wrap;gap:1em}.warn{color:#a04000}</style></head><body>");
        html.Append("<h1>No-show model report</h1>");
        html.Append(C, $"<p>Trained {E(metrics.TrainedAt.ToString("u", C))} on {metrics.NTrain:N0} rows from {E(Day(metrics.TrainFrom))}; validated on {metrics.NValid:N0} rows from {E(Day(metrics.ValidFrom))} to {E(Day(metrics.ValidTo))}. Cut-off: start − {metrics.HorizonMinutes / 60.0:0.#} h. Seed {metrics.Seed}, {metrics.BestIteration + 1} trees.</p>");

        html.Append("<h2>Validation metrics</h2><table><tr><th>probabilities</th><th>AUC</th><th>PR-AUC</th><th>Brier</th><th>log loss</th><th>ECE</th><th>mean predicted</th><th>observed rate</th></tr>");
        MetricsRow(html, "as used (calibration: " + metrics.Calibration + ")", validation.Overall);
        if (metrics.Uncalibrated is { } raw)
        {
            MetricsRow(html, "booster before calibration", raw);
        }

        html.Append("</table>");
        html.Append(C, $"<p>Calibration: <b>{E(metrics.Calibration)}</b> — {E(metrics.CalibrationReason)}. It never sees validation rows.</p>");

        html.Append("<h2>Curves</h2><div class=\"plots\">");
        var rate = validation.Overall.PositiveRate;
        html.Append(ReportPlots.Roc(validation.Roc, RocText));
        html.Append(ReportPlots.PrecisionRecall(validation.PrecisionRecall, rate, new PlotText(
            "Precision-recall", "Precision against recall on the validation rows; the dashed line is the no-show rate.", "recall", "precision")));
        html.Append(ReportPlots.Reliability(validation.Reliability, ReliabilityText));
        html.Append(ReportPlots.Lift([.. validation.Lift.Select(l => new CurvePoint(l.Fraction, l.Captured))], LiftText));
        html.Append("</div>");
        html.Append("<table><tr><th>bin</th><th>rows</th><th>mean predicted</th><th>observed</th></tr>");
        foreach (var b in validation.Reliability)
        {
            html.Append(C, $"<tr><td>{b.From:0.0}–{b.To:0.0}</td><td>{b.Rows:N0}</td><td>{b.MeanPrediction:0.0000}</td><td>{b.ObservedRate:0.0000}</td></tr>");
        }

        html.Append("</table><h2>Lift</h2><table><tr><th>top of the list</th><th>share of all no-shows caught</th><th>lift</th></tr>");
        foreach (var (fraction, captured) in validation.Lift)
        {
            html.Append(C, $"<tr><td>{fraction:P0}</td><td>{captured:P1}</td><td>{captured / fraction:0.00}×</td></tr>");
        }

        html.Append("</table><h2>Subgroups</h2><table><tr><th>dimension</th><th>group</th><th>rows</th><th>no-shows</th><th>AUC</th><th>mean predicted</th><th>observed</th><th>ECE</th></tr>");
        foreach (var s in validation.Subgroups)
        {
            html.Append(C, $"<tr><td>{E(s.Dimension)}</td><td>{E(s.Group)}</td><td>{s.Rows:N0}</td><td>{s.Positives:N0}</td><td>{N(s.Auc)}</td><td>{s.MeanPrediction:0.0000}</td><td>{s.ObservedRate:0.0000}</td><td>{N(s.Ece)}</td></tr>");
        }

        html.Append("</table><h2>Feature importance (mean |SHAP|, log-odds, validation sample)</h2>");
        html.Append(SvgPlot.Bars([.. metrics.Importance.Select(p => (p.Key, p.Value))]));

        html.Append("<h2>Data warnings</h2>");
        if (metrics.Warnings.Count == 0)
        {
            html.Append("<p>None.</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var warning in metrics.Warnings)
            {
                html.Append("<li class=\"warn\">").Append(E(warning)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2>Parameters</h2><table>");
        foreach (var (name, value) in metrics.Parameters)
        {
            html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(E(value)).Append("</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static void MetricsRow(StringBuilder html, string label, BinaryMetrics m) =>
        html.Append(C, $"<tr><td>{E(label)}</td><td>{N(m.Auc)}</td><td>{N(m.PrAuc)}</td><td>{N(m.Brier)}</td><td>{N(m.LogLoss)}</td><td>{N(m.Ece)}</td><td>{m.MeanPrediction:0.0000}</td><td>{m.PositiveRate:0.0000}</td></tr>");

    private static string N(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0000", C);

    private static string Day(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd", C);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
