using System.Globalization;
using System.Text;
using Attendance.Training.Evaluation;

namespace Attendance.Training.Reports;

/// <summary>Small self-contained SVG line and point plots on the unit square (no script, no external resources).</summary>
internal static class SvgPlot
{
    private const int Size = 300;
    private const int Margin = 40;

    /// <summary>
    /// A plot of <paramref name="series"/> (polylines) and optional <paramref name="points"/>, with a dashed
    /// reference line. Presentation attributes only: a <c>style</c> attribute would fall to a CSP without
    /// <c>'unsafe-inline'</c> styles. The title and description are the plot's accessible name and description.
    /// </summary>
    public static string Square(PlotText text, IReadOnlyList<CurvePoint> series, IReadOnlyList<CurvePoint>? points, (CurvePoint From, CurvePoint To) reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        var (title, xLabel, yLabel) = (text.Title, text.XLabel, text.YLabel);
        var c = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        var full = Size + (2 * Margin);
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{full}\" height=\"{full}\" viewBox=\"0 0 {full} {full}\" role=\"img\" aria-label=\"{Encode(title)}\">");
        svg.Append(c, $"<title>{Encode(title)}</title><desc>{Encode(text.Description)}</desc>");
        svg.Append(c, $"<text x=\"{full / 2}\" y=\"16\" text-anchor=\"middle\" font-size=\"13\">{Encode(title)}</text>");
        svg.Append(c, $"<rect x=\"{Margin}\" y=\"{Margin}\" width=\"{Size}\" height=\"{Size}\" fill=\"none\" stroke=\"#888\"/>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var v = tick / 4.0;
            svg.Append(c, $"<text x=\"{X(v)}\" y=\"{Margin + Size + 14}\" text-anchor=\"middle\" font-size=\"10\">{v:0.##}</text>");
            svg.Append(c, $"<text x=\"{Margin - 4}\" y=\"{Y(v) + 3}\" text-anchor=\"end\" font-size=\"10\">{v:0.##}</text>");
        }

        svg.Append(c, $"<text x=\"{full / 2}\" y=\"{full - 6}\" text-anchor=\"middle\" font-size=\"11\">{Encode(xLabel)}</text>");
        svg.Append(c, $"<text x=\"12\" y=\"{full / 2}\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 12 {full / 2})\">{Encode(yLabel)}</text>");
        svg.Append(c, $"<line x1=\"{X(reference.From.X)}\" y1=\"{Y(reference.From.Y)}\" x2=\"{X(reference.To.X)}\" y2=\"{Y(reference.To.Y)}\" stroke=\"#aaa\" stroke-dasharray=\"4 3\"/>");
        if (series.Count > 0)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"");
            foreach (var p in series)
            {
                svg.Append(c, $"{X(p.X):0.#},{Y(p.Y):0.#} ");
            }

            svg.Append("\"/>");
        }

        foreach (var p in points ?? [])
        {
            svg.Append(c, $"<circle cx=\"{X(p.X):0.#}\" cy=\"{Y(p.Y):0.#}\" r=\"4\" fill=\"#c0392b\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per label, scaled to the largest value.</summary>
    public static string Bars(IReadOnlyList<(string Label, double Value)> bars)
    {
        var c = CultureInfo.InvariantCulture;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-12);
        const int rowHeight = 18, labelWidth = 200, barWidth = 320;
        var svg = new StringBuilder();
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + barWidth + 80}\" height=\"{(bars.Count * rowHeight) + 4}\" role=\"img\" aria-label=\"feature importance\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * rowHeight;
            var width = bars[i].Value / max * barWidth;
            svg.Append(c, $"<text x=\"{labelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"11\">{Encode(bars[i].Label)}</text>");
            svg.Append(c, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{rowHeight - 6}\" fill=\"#1f5fa8\"/>");
            svg.Append(c, $"<text x=\"{labelWidth + width + 4:0.#}\" y=\"{y + 13}\" font-size=\"10\">{bars[i].Value:0.0000}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static double X(double v) => Margin + (Math.Clamp(v, 0, 1) * Size);

    private static double Y(double v) => Margin + Size - (Math.Clamp(v, 0, 1) * Size);

    /// <summary>
    /// Text for both HTML and XML: the five markup characters as entities, letters (æ, ø, å) as they are,
    /// and control characters XML 1.0 forbids dropped, so the SVG stays well-formed whatever a label holds.
    /// </summary>
    private static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ when char.IsControl(ch) && ch is not ('\t' or '\n' or '\r') => encoded,
                _ => encoded.Append(ch),
            };
        }

        return encoded.ToString();
    }
}
