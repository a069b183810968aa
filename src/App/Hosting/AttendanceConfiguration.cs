using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace Attendance.App.Hosting;

/// <summary>
/// Where settings come from, lowest priority first: <c>appsettings.json</c> beside the program,
/// environment variables prefixed <c>ATTENDANCE_</c> (<c>ATTENDANCE_Auth__MaxFailedLogins=3</c>), and
/// the command line. Nothing else: no unprefixed environment variables, no per-environment files,
/// so what a host runs with can be read off these three places.
/// </summary>
internal static class AttendanceConfiguration
{
    public const string EnvironmentPrefix = "ATTENDANCE_";

    /// <summary>Replaces the builder's sources with Attendance's three.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="commandLine">Settings from the command line, as configuration keys (<c>Store:Location</c>).</param>
    public static IConfigurationBuilder UseAttendanceSources(
        this IConfigurationBuilder configuration, IEnumerable<KeyValuePair<string, string?>> commandLine)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Clear();
        configuration.AddJsonFile(new PhysicalFileProvider(AppContext.BaseDirectory), "appsettings.json", optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(commandLine);
        return configuration;
    }
}
