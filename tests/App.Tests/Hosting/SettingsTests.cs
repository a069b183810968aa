using Attendance.App.Hosting;
using Attendance.App.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Attendance.App.Tests.Hosting;

public sealed class SettingsTests
{
    [Fact]
    public void AddSettings_NoConfiguration_GivesTheDocumentedDefaults()
    {
        var auth = CreateSut([]).GetRequiredService<IOptions<AuthOptions>>().Value;

        Assert.Equal(5, auth.MaxFailedLogins);
        Assert.Equal(TimeSpan.FromMinutes(15), auth.LockoutPeriod);
        Assert.False(auth.ProxyHeader.Enabled);
        Assert.Equal("X-Remote-User", auth.ProxyHeader.Name);
    }

    [Fact]
    public void AddSettings_NestedValues_AreBoundCaseInsensitively()
    {
        var auth = CreateSut(new() { ["auth:proxyheader:enabled"] = "true", ["Auth:LockoutPeriod"] = "00:30:00" })
            .GetRequiredService<IOptions<AuthOptions>>().Value;

        Assert.True(auth.ProxyHeader.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(30), auth.LockoutPeriod);
    }

    [Theory]
    [InlineData("Auth:ProxyHeader:Nmae", "Auth:ProxyHeader:Nmae: unknown setting")]
    [InlineData("Auth:MaxFailedLogins", "'many' at 'Auth:MaxFailedLogins'")]
    public void AddSettings_UnknownKeyOrWrongType_FailsNamingTheKey(string key, string expected)
    {
        var services = CreateSut(new() { [key] = "many" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AuthOptions>>().Value);

        Assert.Contains(expected, SettingsExtensions.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_CommandLineBeatsPrefixedEnvironmentWhichIsRead()
    {
        Environment.SetEnvironmentVariable("ATTENDANCE_SettingsTests__Probe", "from environment");
        Environment.SetEnvironmentVariable("ATTENDANCE_SettingsTests__Other", "from environment");
        try
        {
            var configuration = new ConfigurationBuilder()
                .UseAttendanceSources([KeyValuePair.Create("SettingsTests:Probe", (string?)"from command line")])
                .Build();

            Assert.Equal("from command line", configuration["SettingsTests:Probe"]);
            Assert.Equal("from environment", configuration["SettingsTests:Other"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ATTENDANCE_SettingsTests__Probe", null);
            Environment.SetEnvironmentVariable("ATTENDANCE_SettingsTests__Other", null);
        }
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddSettings<AuthOptions>();
        return services.BuildServiceProvider();
    }
}
