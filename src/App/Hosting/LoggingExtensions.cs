using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attendance.App.Hosting;

/// <summary>Structured logs: one JSON object per line on stdout, levels from the <c>Logging</c> section.</summary>
internal static class LoggingExtensions
{
    public static IHostApplicationBuilder AddStructuredLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddJsonConsole(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.IncludeScopes = true;
        });
        return builder;
    }
}
