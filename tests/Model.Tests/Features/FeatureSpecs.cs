using Attendance.Data.VisitTypes;
using Attendance.Model.Features;

namespace Attendance.Model.Tests.Features;

/// <summary>A fitted spec for tests: the draft columns with small fixed vocabularies.</summary>
internal static class FeatureSpecs
{
    public static readonly VisitTypeHarmoniser Harmoniser = VisitTypeHarmoniser.Load();

    public static FeatureSpec Fitted(params string[] sites) => new()
    {
        PriorNoShowRate = 0.1,
        Features = [.. FeatureCatalog.Draft([]).Select(f => f.Name switch
        {
            FeatureNames.Site => f with { Categories = sites.Length == 0 ? ["SLA"] : sites },
            FeatureNames.Department => f with { Categories = ["Kardiologi"] },
            FeatureNames.VisitFamily => f with { Categories = ["Kontrol"] },
            _ => f,
        })],
    };

    public static int Column(this FeatureSpec spec, string name) => spec.Names.ToList().IndexOf(name);
}
