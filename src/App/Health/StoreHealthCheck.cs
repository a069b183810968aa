using System.Data.Common;
using Attendance.App.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Attendance.App.Health;

/// <summary>The store answers a cheap query on its own schema table (so a reachable but empty database is unhealthy too).</summary>
internal sealed class StoreHealthCheck(Store store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await store.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(version) FROM schema_version";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy("unreachable", e);
        }
    }
}
