using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Attendance.App.Health;

/// <summary>
/// <c>GET /healthz</c>, anonymous: 200 when the process runs, the store answers and the job scheduler runs (started, not on standby or shut down) and reaches its store, 503 otherwise;
/// JSON with each check's status only (no error text for anonymous callers; errors go to the log).
/// </summary>
internal static class HealthExtensions
{
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", timeout: TimeSpan.FromSeconds(5))
            // Quartz's own check: its scheduler running (standby counts as down here: a node on standby runs
            // none of the cluster's jobs) and its job store answering; a clustered node that stopped checking in is degraded.
            .AddQuartz(quartz =>
            {
                quartz.Name = "scheduler";
                quartz.StandbyStatus = HealthStatus.Unhealthy;
            });
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        }), context.RequestAborted);
    }
}
