namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("Auth:MaxFailedLogins: must be 1 to 100 (was 0)", "--set", "Auth:MaxFailedLogins=0")]
    [InlineData("Auth:LockoutPeriod", "--set", "Auth:LockoutPeriod=banana")]
    [InlineData("Auth:MaxFailedLogin: unknown setting", "--set", "Auth:MaxFailedLogin=3")]
    [InlineData("Auth:ProxyHeader:Name", "--set", "Auth:ProxyHeader:Name=X Remote User")]
    [InlineData("Store:Location (--store): unknown store 'mysql'", "--store", "mysql:server=db")]
    [InlineData("Web:Urls (--urls): 'ftp://example' is not an http:// or https:// URL", "--urls", "ftp://example")]
    [InlineData("--set: expected KEY=VALUE", "--set", "Auth:MaxFailedLogins")]
    [InlineData("Auth:ProxyHeader:Enabled: the header can be forged from the network while Web:Urls listens on http://0.0.0.0:5080",
        "--set", "Auth:ProxyHeader:Enabled=true", "--urls", "http://0.0.0.0:5080")]
    public async Task Serve_BadSetting_StopsWithOneLineNamingItAndNoStackTrace(string expected, params string[] setting)
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-serve-{Guid.NewGuid():N}");

        var (exitCode, output, error) = await CliRunner.RunAsync(["serve", "--data", data, .. setting]);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("attendance: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "nothing is created before the settings are checked");
    }

    [Fact]
    public async Task Serve_SeveralBadSettings_NamesEveryOneOnTheSameLine()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(
            "serve", "--data", Path.GetTempPath(), "--set", "Auth:MaxFailedLogins=0", "--set", "Auth:MinimumPasswordLength=3", "--urls", "nope");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Auth:MaxFailedLogins", line, StringComparison.Ordinal);
        Assert.Contains("Auth:MinimumPasswordLength", line, StringComparison.Ordinal);
        Assert.Contains("Web:Urls", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnreachablePostgres_StopsWithOneLineNamingTheStoreWithoutPassword()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(
            "serve", "--data", Path.GetTempPath(), "--store", "postgres:Host=127.0.0.1;Port=1;Username=x;Password=s3cret;Timeout=2");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("attendance: cannot use the store postgres:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", line, StringComparison.Ordinal);
    }
}
