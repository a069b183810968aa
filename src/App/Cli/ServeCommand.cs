using System.CommandLine;
using Attendance.App.Hosting;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Attendance.App.Cli;

/// <summary>
/// <c>attendance serve</c>: the web pages (and, later, the scheduled jobs) in one host. Settings come
/// from appsettings.json, <c>ATTENDANCE_*</c> environment variables and these options; every one is
/// checked before the host starts, and a bad one ends it with one line naming it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreCommandOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated (default http://127.0.0.1:5080: this machine only).",
            HelpName = "URL",
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Any setting as KEY=VALUE, e.g. --set Auth:LockoutPeriod=00:30:00 (repeatable).",
            HelpName = "KEY=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("serve", "Run the web pages on the store (migrated at start) until stopped.") { urls, set };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = store.Settings(parseResult);
            foreach (var pair in parseResult.GetValue(set) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new UserFacingException($"--set: expected KEY=VALUE, got '{pair}'");
                }
                settings[pair[..equals]] = pair[(equals + 1)..];
            }
            if (parseResult.GetValue(urls) is { } given)
            {
                settings[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"] = given;
            }
            await RunAsync(settings, cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        await using var app = await StartAsync(settings, null, cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>
    /// Builds the <c>serve</c> host on <paramref name="settings"/>, prepares the folders and the store and starts it
    /// (web pages and scheduled jobs); the caller owns (disposes) it.
    /// </summary>
    /// <param name="settings">Settings as configuration keys.</param>
    /// <param name="services">Replaces services before the host is built (the demo's tests solve in-process), or null.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <exception cref="UserFacingException">A setting is invalid, the store cannot be used or the address is taken.</exception>
    internal static async Task<WebApplication> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> settings, Action<IServiceCollection>? services, CancellationToken cancellationToken)
    {
        var builder = AttendanceHost.CreateWebBuilder(settings);
        services?.Invoke(builder.Services);
        var app = AttendanceHost.BuildWeb(builder);
        try
        {
            await AttendanceHost.PrepareAsync(app.Services, cancellationToken);
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch (IOException e)
        {
            var listen = app.Services.GetRequiredService<IOptions<WebOptions>>().Value.Urls;
            await app.DisposeAsync();
            throw new UserFacingException($"cannot listen on {listen} (Web:Urls, --urls): {e.Message}", e);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
