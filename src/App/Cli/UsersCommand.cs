using System.CommandLine;
using Attendance.App.Hosting;
using Attendance.App.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Attendance.App.Cli;

/// <summary>
/// <c>attendance users add|set-password|disable|enable|list</c>: manages who may sign in. Passwords come from
/// standard input; every change is audited with the operating-system user as <c>cli:NAME</c>.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Add users, set their passwords, disable them (each change is audited).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(SetPassword());
        command.Subcommands.Add(Disable());
        command.Subcommands.Add(Enable());
        command.Subcommands.Add(List());
        return command;
    }

    /// <summary>Who did it, for the audit log.</summary>
    public static string Actor => $"cli:{Environment.UserName}";

    private static Command Add()
    {
        var store = new StoreCommandOptions();
        var name = NameArgument();
        var roles = new Option<string[]>("--role")
        {
            Description = $"A role (repeat for several): {string.Join(", ", Roles.All)}.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        roles.AcceptOnlyFromAmong([.. Roles.All]);
        var displayName = new Option<string>("--display-name") { Description = "Name shown on the pages (default: the user name).", HelpName = "TEXT" };
        var ssoOnly = new Option<bool>("--no-password")
        {
            Description = "Do not read a password: the user signs in only through the single sign-on proxy header.",
        };
        var command = new Command("add", "Add a user; reads the password as one line from standard input.") { name, roles, displayName, ssoOnly };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = parseResult.GetValue(ssoOnly) ? null : PasswordInput.Read();
            await RunAsync(store, parseResult, async (_, admin) =>
            {
                var user = await admin.AddAsync(parseResult.GetValue(name)!, parseResult.GetValue(displayName),
                    parseResult.GetValue(roles) ?? [], password, Actor, cancellationToken);
                Console.WriteLine($"added {user.UserName} ({string.Join(", ", user.Roles)})");
            }, cancellationToken);
        });
        return command;
    }

    private static Command SetPassword()
    {
        var store = new StoreCommandOptions();
        var name = NameArgument();
        var command = new Command("set-password", "Set a user's password (one line from standard input); lifts a lockout, ends their sessions.") { name };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = PasswordInput.Read();
            await RunAsync(store, parseResult, async (_, admin) =>
            {
                await admin.SetPasswordAsync(parseResult.GetValue(name)!, password, Actor, cancellationToken);
                Console.WriteLine($"password set for {UserStore.Normalize(parseResult.GetValue(name)!)}");
            }, cancellationToken);
        });
        return command;
    }

    private static Command Disable()
    {
        var store = new StoreCommandOptions();
        var name = NameArgument();
        var command = new Command("disable", "Refuse a user's sign-ins from now on and end their sessions.") { name };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await RunAsync(store, parseResult, async (_, admin) =>
            {
                var changed = await admin.DisableAsync(parseResult.GetValue(name)!, Actor, cancellationToken);
                var user = UserStore.Normalize(parseResult.GetValue(name)!);
                Console.WriteLine(changed ? $"disabled {user}" : $"{user} was already disabled");
            }, cancellationToken);
        });
        return command;
    }

    private static Command Enable()
    {
        var store = new StoreCommandOptions();
        var name = NameArgument();
        var command = new Command("enable", "Let a disabled user sign in again.") { name };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await RunAsync(store, parseResult, async (services, admin) =>
            {
                var changed = await admin.EnableAsync(parseResult.GetValue(name)!, Actor, cancellationToken);
                var user = UserStore.Normalize(parseResult.GetValue(name)!);
                Console.WriteLine(changed ? $"enabled {user}" : $"{user} was already enabled");
            }, cancellationToken);
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreCommandOptions();
        var command = new Command("list", "Show every user: name, roles, state, display name (tab-separated).");
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await RunAsync(store, parseResult, async (services, _) =>
            {
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                foreach (var user in await services.GetRequiredService<UserStore>().ListAsync(cancellationToken))
                {
                    var state = user.Disabled ? "disabled"
                        : user.IsLockedAt(now) ? $"locked until {user.LockedUntil:O}"
                        : user.PasswordHash is null ? "enabled (single sign-on only)"
                        : "enabled";
                    Console.WriteLine($"{user.UserName}\t{string.Join(',', user.Roles)}\t{state}\t{user.DisplayName}");
                }
            }, cancellationToken);
        });
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "The user name (sign-in name; stored in lower case)." };

    private static async Task RunAsync(
        StoreCommandOptions store, ParseResult parseResult, Func<IServiceProvider, UserAdministration, Task> action, CancellationToken cancellationToken)
    {
        using var host = AttendanceHost.CreateToolHost(store.Settings(parseResult));
        await AttendanceHost.PrepareAsync(host.Services, cancellationToken);
        await action(host.Services, host.Services.GetRequiredService<UserAdministration>());
    }
}
