using Attendance.Model.Features;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.Features;

public sealed class FeatureSpecTests
{
    [Fact]
    public void ToJson_ThenParse_KeepsEveryColumnAndSetting()
    {
        var spec = FeatureSpecs.Fitted("NYK", "SLA") with { HorizonMinutes = 2880, PriorNoShowRate = 0.123 };

        var back = FeatureSpec.Parse(spec.ToJson(), "test");

        Assert.Equal(spec.Fingerprint, back.Fingerprint);
        Assert.True(spec.Features.Zip(back.Features).All(p => p.First.SameAs(p.Second)));
        Assert.Equal(TimeSpan.FromDays(2), back.Horizon);
        Assert.Contains("\"features\"", spec.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"categorical\"", spec.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_ChangesWithAVocabulary()
    {
        Assert.NotEqual(FeatureSpecs.Fitted("SLA").Fingerprint, FeatureSpecs.Fitted("SLA", "NYK").Fingerprint);
    }

    [Theory]
    [InlineData("{\"format\":1,\"features\":[]}", "is empty")]
    [InlineData("{\"format\":2,\"features\":[{\"name\":\"age\",\"kind\":\"quantitative\"}]}", "format 2")]
    [InlineData("{\"format\":1,\"features\":[{\"name\":\"shoe_size\",\"kind\":\"quantitative\"}]}", "unknown feature \"shoe_size\"")]
    [InlineData("{\"format\":1,\"features\":[{\"name\":\"site\",\"kind\":\"categorical\"}]}", "no categories")]
    [InlineData("{\"format\":1,\"features\":[{\"name\":\"age\",\"kind\":\"quantitative\"},{\"name\":\"age\",\"kind\":\"quantitative\"}]}", "twice")]
    [InlineData("not json", "not a feature specification")]
    public void Parse_InvalidSpec_ThrowsNamingTheProblem(string json, string expected)
    {
        var e = Assert.Throws<FeatureSpecException>(() => FeatureSpec.Parse(json, "m/features.json"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("m/features.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_PutsExtrasBetweenAppointmentAndHistoryColumns()
    {
        var names = FeatureCatalog.Draft([("x_frailty", false), ("x_language", true)]).ToList();

        var frailty = names.FindIndex(f => f.Name == "x_frailty");
        Assert.True(frailty > names.FindIndex(f => f.Name == FeatureNames.Department));
        Assert.True(frailty < names.FindIndex(f => f.Name == FeatureNames.PriorAppointments));
        Assert.Equal(FeatureKind.Categorical, names.Single(f => f.Name == "x_language").Kind);
    }
}
