using System.CommandLine;
using System.Security.Cryptography;
using Attendance.App.Users;
using Attendance.Scheduler.Solving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Attendance.App.Cli;

/// <summary>
/// <c>attendance demo</c>: the main job end to end on the embedded defaults. It runs the same verbs a
/// planner or analyst would (generate → train → promote → score → schedule), into the data folder's
/// inbox, models registry and outbox, on a region whose today is the real one (in the jobs' zone). Then it
/// starts the <c>serve</c> host on that folder and runs its Scoring and OfferRound jobs for today
/// (<see cref="DemoJobs"/>), so the risk list and the Offers page have rows, creates a demo login and keeps
/// serving (with <c>--no-serve</c>: stops, having listened on a free loopback port only). Rerunning it on
/// the same folder replaces the region and the model registry and reruns the jobs (the day's scores are
/// replaced; the offers' ids are deterministic).
/// </summary>
internal static class DemoCommand
{
    private const string DemoUser = "demo";

    /// <param name="solveInProcess">
    /// Solve in this process, in the schedule verb and the host's offer rounds: for tests, whose host cannot start
    /// <c>attendance solve-worker</c> children. Otherwise both solve in children, as <c>serve</c> does, because an
    /// in-process CBC also takes over the process's Ctrl+C (SIGINT) handler, after which the demo's serving
    /// would not stop on Ctrl+C.
    /// </param>
    public static Command Create(bool solveInProcess = false)
    {
        var data = new Option<string>("--data") { Description = "Folder for the demo region, models, outputs and store.", DefaultValueFactory = _ => "var", HelpName = "DIR" };
        var patients = new Option<int>("--patients") { Description = "Patients in the generated region.", DefaultValueFactory = _ => 20_000 };
        var days = new Option<int>("--days") { Description = "Days of history before the region's today.", DefaultValueFactory = _ => 365 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated region.", DefaultValueFactory = _ => 7 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop once the jobs have filled the store instead of serving the web pages." };
        var urls = new Option<string?>("--urls") { Description = "Where serve listens (default http://127.0.0.1:5080).", HelpName = "URL" };
        var command = new Command("demo", "Run the whole job on a generated region: generate, train, promote, score, schedule, run the jobs, then serve the pages.")
        {
            data, patients, days, seed, noServe, urls,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(data)!);
            var plan = DemoPlan.In(folder, DemoPlan.TodayAt(TimeProvider.System));
            if (Directory.Exists(plan.Registry))
            {
                // Its champion was validated on the history this run replaces (another day's region), which a
                // promotion compares on: the models belong to the old region.
                await Console.Error.WriteLineAsync($"demo: removing the previous demo's model registry {plan.Registry}");
                Directory.Delete(plan.Registry, recursive: true);
            }
            var status = await RunStepsAsync(plan.Steps(
                parseResult.GetValue(patients), parseResult.GetValue(days), parseResult.GetValue(seed), solveInProcess ? "in-process" : "isolated"));
            if (status != 0)
            {
                return status;
            }

            var serve = !parseResult.GetValue(noServe);
            var listen = serve ? parseResult.GetValue(urls) ?? "http://127.0.0.1:5080" : "http://127.0.0.1:0";
            await using var app = await ServeCommand.StartAsync(
                new Dictionary<string, string?>
                {
                    ["Data:Directory"] = folder,
                    ["Web:Urls"] = listen,
                    // The host's information lines would bury the demo's own lines and the credentials.
                    ["Logging:LogLevel:Default"] = "Warning",
                    ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                },
                solveInProcess ? services => services.AddSingleton<IMipSolver>(new CbcSolver()) : null,
                cancellationToken);
            await Console.Error.WriteLineAsync("demo: running the Scoring and OfferRound jobs for today in the serve host");
            var (scored, offered) = await ActivatorUtilities.CreateInstance<DemoJobs>(app.Services).RunAsync(plan.Today, cancellationToken);
            await Console.Error.WriteLineAsync($"demo: Scoring: {scored}");
            await Console.Error.WriteLineAsync($"demo: OfferRound: {offered}");
            var password = await CreateDemoUserAsync(app.Services, cancellationToken);
            Console.WriteLine();
            if (!serve)
            {
                Console.WriteLine($"Run './attendance serve --data {folder}' and sign in as '{DemoUser}' with password '{password}'.");
                await app.StopAsync(cancellationToken);
                return 0;
            }
            Console.WriteLine($"Open {listen} and sign in as '{DemoUser}' with password '{password}' (Ctrl+C stops).");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task<int> RunStepsAsync(IEnumerable<(string Title, string[] Args)> steps)
    {
        foreach (var (title, args) in steps)
        {
            await Console.Error.WriteLineAsync($"demo: {title}");
            var status = await AttendanceCli.RunAsync(args);
            if (status != 0)
            {
                // The step has already said why in one line.
                return status;
            }
        }
        return 0;
    }

    /// <summary>A user holding every role, with a fresh random password (reset if the user exists).</summary>
    private static async Task<string> CreateDemoUserAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 14);
        var admin = services.GetRequiredService<UserAdministration>();
        var users = services.GetRequiredService<UserStore>();
        if (await users.FindAsync(DemoUser, cancellationToken) is null)
        {
            await admin.AddAsync(DemoUser, "Demo", Roles.All, password, UsersCommand.Actor, cancellationToken);
        }
        else
        {
            await admin.SetPasswordAsync(DemoUser, password, UsersCommand.Actor, cancellationToken);
        }
        return password;
    }
}
