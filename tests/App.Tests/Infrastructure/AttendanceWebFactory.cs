using Attendance.App.Hosting;
using Attendance.App.Storage;
using Attendance.App.Tests.Storage;
using Attendance.App.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attendance.App.Tests.Infrastructure;

/// <summary>
/// The <c>serve</c> host on a test server, on a given store, with a manual clock. The program's entry
/// point is the command line, not a host, so this builds the host the way <c>serve</c> does
/// (<see cref="AttendanceHost"/>) instead of running <c>Main</c>.
/// </summary>
/// <remarks>
/// Tests of the scheduler pass <c>systemClock: true</c>: Quartz 4.7.3 runs on the container's
/// TimeProvider whatever <c>UseTimeProvider</c> says, and a frozen clock never reaches a retry's time.
/// </remarks>
internal sealed class AttendanceWebFactory(Store store, IReadOnlyDictionary<string, string?>? settings = null, bool systemClock = false)
    : WebApplicationFactory<Program>
{
    public const string Password = "a long enough password";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public Store Store => store;

    public static async Task<AttendanceWebFactory> CreateAsync(
        string dialect, PostgresServer postgres, IReadOnlyDictionary<string, string?>? settings = null, bool systemClock = false)
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        return new AttendanceWebFactory(store, settings, systemClock);
    }

    /// <summary>Adds a user through the same code as <c>attendance users add</c>.</summary>
    public Task<UserAccount> AddUserAsync(string name, string[] roles, string? displayName = null, string? password = Password) =>
        Services.GetRequiredService<UserAdministration>().AddAsync(name, displayName, roles, password, "test", CancellationToken.None);

    public Task DisableUserAsync(string name) =>
        Services.GetRequiredService<UserAdministration>().DisableAsync(name, "test", CancellationToken.None);

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Data:Directory"] = Path.Combine(Path.GetTempPath(), $"attendance-web-{Guid.NewGuid():N}"),
            ["Store:Location"] = TestStores.Setting(store),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var web = AttendanceHost.CreateWebBuilder(all);
        web.WebHost.UseTestServer();
        web.Logging.ClearProviders();
        if (!systemClock)
        {
            web.Services.AddSingleton<TimeProvider>(Clock);
        }
        // The test host cannot start `attendance solve-worker` children; solve in-process instead.
        web.Services.AddSingleton<Attendance.Scheduler.Solving.IMipSolver>(new Attendance.Scheduler.Solving.CbcSolver());
        // Hashing is deliberately slow (100k PBKDF2 rounds); the tests check the flow, not the cost.
        web.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        var app = AttendanceHost.BuildWeb(web);
        AttendanceHost.PrepareAsync(app.Services, CancellationToken.None).GetAwaiter().GetResult();
        app.Start();
        return app;
    }
}
