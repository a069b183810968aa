using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Tests.Offers;

public sealed class OfferPolicyFileTests
{
    [Fact]
    public void Parse_EmptyObject_GivesTheDefaults() =>
        Assert.Equal(OfferPolicyFile.Format(OfferPolicy.Default), OfferPolicyFile.Format(OfferPolicyFile.Parse("{}", "p.json")));

    [Fact]
    public void Parse_SnakeCaseSettings_AreRead()
    {
        var policy = OfferPolicyFile.Parse("""{ "reserve_share": 0.3, "fast_pass_notice": "1.12:00:00", "departments": ["Kardiologi"] }""", "p.json");
        Assert.Equal(0.3, policy.ReserveShare);
        Assert.Equal(TimeSpan.FromHours(36), policy.FastPassNotice);
        Assert.Equal(["Kardiologi"], policy.Departments);
    }

    [Fact]
    public void Parse_MisspeltSetting_IsRefusedNamingFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => OfferPolicyFile.Parse("""{ "reserve_shar": 0.3 }""", "p.json"));
        Assert.StartsWith("p.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("reserve_shar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OutOfRangeSetting_IsRefusedNamingSetting()
    {
        var error = Assert.Throws<InvalidDataException>(() => OfferPolicyFile.Parse("""{ "reserve_share": 1.5 }""", "p.json"));
        Assert.Equal("p.json: reserve_share: must be in [0, 1]", error.Message);
    }

    [Fact]
    public void Format_RoundTripsThroughParse()
    {
        var policy = OfferPolicy.Default with { PhoneCallsPerDepartmentDay = 7, MinimumGain = TimeSpan.FromHours(36) };
        var again = OfferPolicyFile.Parse(OfferPolicyFile.Format(policy), "p.json");
        Assert.Equal(7, again.PhoneCallsPerDepartmentDay);
        Assert.Equal(TimeSpan.FromHours(36), again.MinimumGain);
    }
}
