using Attendance.App.Hosting;
using Attendance.App.Storage;
using Attendance.App.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Attendance.App.Tests.Browser;

/// <summary>
/// The <c>serve</c> host composed as <c>attendance serve</c> composes it (<see cref="AttendanceHost"/>),
/// on Kestrel at a free loopback port — a real socket a browser can reach, unlike the test server —
/// with its SQLite store and data folder in a temporary folder that goes away with it.
/// </summary>
internal sealed class LiveHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private LiveHost(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
        // Port 0 made Kestrel pick a free port; the bound address is known once it listens.
        BaseAddress = new Uri(app.Urls.Single());
    }

    /// <summary>Where the pages are, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The host's store, for seeding rows the pages show (offers, flagged bookings).</summary>
    public Store Store => Services.GetRequiredService<Store>();

    /// <summary>Migrates a fresh store and starts listening.</summary>
    /// <param name="settings">Settings beyond the folder, store and URL (configuration keys, as <c>--set</c> takes them).</param>
    public static async Task<LiveHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"attendance-browser-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var all = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase)
        {
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Data:Directory"] = Path.Combine(folder, "data"),
            ["Store:Location"] = $"sqlite:{Path.Combine(folder, "attendance.db")}",
        };
        var builder = AttendanceHost.CreateWebBuilder(all);
        builder.Logging.ClearProviders();
        // Hashing is deliberately slow (100k PBKDF2 rounds); the browser tests check the flow, not the cost.
        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        var app = AttendanceHost.BuildWeb(builder);
        await AttendanceHost.PrepareAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        return new LiveHost(app, folder);
    }

    /// <summary>Adds a user through the same code as <c>attendance users add</c>.</summary>
    public Task<UserAccount> AddUserAsync(string name, string displayName, IReadOnlyCollection<string> roles, string password) =>
        Services.GetRequiredService<UserAdministration>().AddAsync(name, displayName, roles, password, "test", CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
