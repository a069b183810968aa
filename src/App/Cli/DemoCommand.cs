using System.CommandLine;
using System.Security.Cryptography;
using Attendance.App.Hosting;
using Attendance.App.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Cli;

/// <summary>
/// <c>attendance demo</c>: the main job end to end on the embedded defaults. It runs the same verbs a
/// planner or analyst would (generate → train → promote → score → schedule), into the data folder's
/// inbox, models registry and outbox, then creates a demo login and starts <c>serve</c> on that folder.
/// </summary>
internal static class DemoCommand
{
    private const string DemoUser = "demo";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder for the demo region, models, outputs and store.", DefaultValueFactory = _ => "var", HelpName = "DIR" };
        var patients = new Option<int>("--patients") { Description = "Patients in the generated region.", DefaultValueFactory = _ => 20_000 };
        var days = new Option<int>("--days") { Description = "Days of history before the region's today.", DefaultValueFactory = _ => 365 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated region.", DefaultValueFactory = _ => 7 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the offers instead of starting the web pages." };
        var urls = new Option<string?>("--urls") { Description = "Where serve listens (default http://127.0.0.1:5080).", HelpName = "URL" };
        var command = new Command("demo", "Run the whole job on a generated region: generate, train, promote, score, schedule, then serve the pages.")
        {
            data, patients, days, seed, noServe, urls,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(data)!);
            var plan = DemoPlan.In(folder, Attendance.Data.Generation.GeneratorOptions.DefaultToday);
            var status = await RunStepsAsync(plan.Steps(parseResult.GetValue(patients), parseResult.GetValue(days), parseResult.GetValue(seed)));
            if (status != 0 || parseResult.GetValue(noServe))
            {
                return status;
            }

            var password = await CreateDemoUserAsync(folder, cancellationToken);
            var listen = parseResult.GetValue(urls) ?? "http://127.0.0.1:5080";
            Console.WriteLine();
            Console.WriteLine($"Open {listen} and sign in as '{DemoUser}' with password '{password}' (Ctrl+C stops).");
            return await AttendanceCli.RunAsync(["serve", "--data", folder, "--urls", listen]);
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
    private static async Task<string> CreateDemoUserAsync(string folder, CancellationToken cancellationToken)
    {
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 14);
        using var host = AttendanceHost.CreateToolHost(new Dictionary<string, string?> { ["Data:Directory"] = folder });
        await AttendanceHost.PrepareAsync(host.Services, cancellationToken);
        var admin = host.Services.GetRequiredService<UserAdministration>();
        var users = host.Services.GetRequiredService<UserStore>();
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
