using Attendance.Scoring.Policy;

namespace Attendance.Scoring.Tests.Policy;

public sealed class ScoringPolicyTests
{
    [Fact]
    public void Parse_EmptyObject_GivesTheDocumentedDefaults()
    {
        var policy = ScoringPolicy.Parse("{}", "policy.json");

        Assert.Equal(FlagRule.TopShare, policy.FlagRule);
        Assert.Equal(0.10, policy.TopShare);
        Assert.Equal(0.25, policy.Threshold);
        Assert.Equal(40, policy.CallsPerDay);
        Assert.Equal(0.10, policy.MinProbability);
        Assert.Equal([0.10, 0.20, 0.35], policy.RiskBands);
        Assert.Equal(1.5, policy.DoubleBookExpectedNoShows);
        Assert.Equal(1, policy.DoubleBookMaxPerSession);
        Assert.Equal(["Kontrol"], policy.VideoFamilies);
        Assert.Equal(12, policy.AfternoonFromHour);
    }

    [Fact]
    public void Parse_SnakeCaseFields_AreRead()
    {
        var policy = ScoringPolicy.Parse("""{ "flag_rule": "capacity", "calls_per_day": 25, "risk_bands": [0.05, 0.1, 0.2], "video_families": ["Kontrol", "Samtale"] }""", "p.json");

        Assert.Equal(FlagRule.Capacity, policy.FlagRule);
        Assert.Equal(25, policy.CallsPerDay);
        Assert.Equal([0.05, 0.1, 0.2], policy.RiskBands);
        Assert.Equal(["Kontrol", "Samtale"], policy.VideoFamilies);
    }

    [Theory]
    [InlineData("""{ "top_shar": 0.2 }""", "top_shar")]
    [InlineData("""{ "top_share": 0 }""", "top_share must be in (0, 1]")]
    [InlineData("""{ "flag_rule": "capacity", "calls_per_day": null }""", "flag_rule capacity needs calls_per_day")]
    [InlineData("""{ "risk_bands": [0.3, 0.2, 0.1] }""", "risk_bands must be three ascending probabilities")]
    [InlineData("""{ "flag_rule": "loudest" }""", "not a scoring policy")]
    [InlineData("not json", "not a scoring policy")]
    public void Parse_BadPolicy_ThrowsNamingTheFileAndTheProblem(string json, string expected)
    {
        var e = Assert.Throws<ScoringException>(() => ScoringPolicy.Parse(json, "clinic-policy.json"));

        Assert.StartsWith("clinic-policy.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingIt()
    {
        var e = Assert.Throws<ScoringException>(() => ScoringPolicy.Load("/nonexistent/policy.json"));

        Assert.Equal("/nonexistent/policy.json: policy file not found", e.Message);
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        var policy = ScoringPolicy.Default with { FlagRule = FlagRule.Threshold, Threshold = 0.3, CallsPerDay = 12 };

        var again = ScoringPolicy.Parse(policy.ToJson(), "again");

        Assert.Equal(policy.ToJson(), again.ToJson());
    }
}
