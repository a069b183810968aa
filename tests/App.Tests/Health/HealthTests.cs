using System.Net;
using Attendance.App.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Attendance.App.Tests.Health;

[Collection(PostgresGroup.Name)]
public sealed class HealthTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Healthz_StoreReachable_Is200AnonymouslyWithJson(string dialect)
    {
        using var factory = await AttendanceWebFactory.CreateAsync(dialect, postgres);

        var response = await factory.CreateBrowser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"status":"Healthy","checks":{"store":"Healthy","scheduler":"Healthy"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_StoreGoneAfterStart_Is503NamingTheStoreAndTheSchedulerWithoutDetails()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("postgres", postgres);
        var browser = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/healthz")).StatusCode);

        await PostgresServer.DropDatabaseAsync(factory.Store.Location.ConnectionString);
        var response = await browser.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"Unhealthy","checks":{"store":"Unhealthy","scheduler":"Unhealthy"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("standby")]
    [InlineData("shutdown")]
    public async Task Healthz_SchedulerStopped_Is503NamingTheScheduler(string how)
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);
        var browser = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/healthz")).StatusCode);
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

        await (how == "standby" ? scheduler.Standby(CancellationToken.None) : scheduler.Shutdown(false, CancellationToken.None));
        var response = await browser.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"Unhealthy","checks":{"store":"Healthy","scheduler":"Unhealthy"}}""", await response.Content.ReadAsStringAsync());
    }
}
