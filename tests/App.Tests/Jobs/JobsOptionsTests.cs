using Attendance.App.Hosting;
using Attendance.App.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Attendance.App.Tests.Jobs;

public sealed class JobsOptionsTests
{
    [Fact]
    public void Defaults_AreValid_AndScoreNightlyAt2InCopenhagen()
    {
        var options = CreateSut([]);

        Assert.Empty(options.Validate());
        Assert.Equal("0 0 2 * * ?", options.Scoring.Cron);
        Assert.Equal("Europe/Copenhagen", options.Zone.Id);
        Assert.All(options.Schedules(), schedule => Assert.True(schedule.Schedule.Enabled));
    }

    [Theory]
    [InlineData("Jobs:OfferRound:Cron", "every quarter", "Jobs:OfferRound:Cron: 'every quarter' is not a cron expression")]
    [InlineData("Jobs:TimeZone", "Mars/Olympus", "Jobs:TimeZone: unknown time zone 'Mars/Olympus'")]
    [InlineData("Jobs:RetryAttempts", "11", "Jobs:RetryAttempts: must be 0 to 10 (was 11)")]
    [InlineData("Jobs:RetryMaxDelay", "00:00:01", "Jobs:RetryMaxDelay: must be Jobs:RetryInitialDelay to 1.00:00:00")]
    [InlineData("Jobs:ScoringPartitions", "0", "Jobs:ScoringPartitions: must be 1 to 64 (was 0)")]
    [InlineData("Jobs:OfferPendingFor", "00:00:10", "Jobs:OfferPendingFor: must be 00:01:00 to 7.00:00:00")]
    public void BadSetting_FailsAtStartNamingTheSetting(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => CreateSut(new() { [key] = value }));

        Assert.Contains(expected, SettingsExtensions.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownJobSetting_FailsNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => CreateSut(new() { ["Jobs:Scoring:Crn"] = "0 0 2 * * ?" }));

        Assert.Contains("Jobs:Scoring:Crn: unknown setting", SettingsExtensions.Describe(error), StringComparison.Ordinal);
    }

    private static JobsOptions CreateSut(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSettings<JobsOptions>();
        return services.BuildServiceProvider().GetRequiredService<IOptions<JobsOptions>>().Value;
    }
}
