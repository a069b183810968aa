using System.Xml.Linq;
using Attendance.Training.Evaluation;
using Attendance.Training.Reports;

namespace Attendance.Training.Tests.Reports;

public sealed class ReportPlotsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Lift_TextWithMarkupAndControlCharacters_IsWellFormedAndKeepsTheTextAsText()
    {
        var text = new PlotText("<script>alert('x')</script> & \"Løft\"\u0001", "desc <b>", "x <", "y >");

        var plot = XElement.Parse(ReportPlots.Lift([new(0.05, 0.2), new(0.2, 0.5), new(0.1, 0.3)], text));

        Assert.Equal("<script>alert('x')</script> & \"Løft\"", plot.Element(Svg + "title")!.Value);
        Assert.Equal("desc <b>", plot.Element(Svg + "desc")!.Value);
        Assert.Empty(plot.Descendants(Svg + "script"));
        Assert.DoesNotContain(plot.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        // The gains curve starts at the origin and runs through the points in order of share.
        Assert.Equal("40,340 55,280 70,250 100,190", plot.Element(Svg + "polyline")!.Attribute("points")!.Value.Trim());
    }

    [Fact]
    public void LiftOf_ReadsTheTopSharesOfMetricsJson_SmallestFirst()
    {
        var metrics = new MetricsDocument { Lift = new Dictionary<string, double> { ["top_20"] = 0.5, ["top_5"] = 0.2, ["other"] = 1 } };

        Assert.Equal([new CurvePoint(0.05, 0.2), new CurvePoint(0.2, 0.5)], ReportPlots.LiftOf(metrics));
    }
}
