using Attendance.App.Audit;
using Attendance.App.Cli;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Storage;
using Attendance.App.Users;
using Microsoft.AspNetCore.Identity;

namespace Attendance.App.Tests.Cli;

[Collection(PostgresGroup.Name)]
public sealed class UsersCommandTests(PostgresServer postgres)
{
    private const string FirstPassword = "correct horse battery";
    private const string SecondPassword = "staple of the ward";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Users_AddSetPasswordDisable_ChangesTheStoreAndAuditsEachStepWithoutSecrets(string dialect)
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        var storeOption = TestStores.Setting(store);

        var added = await CliRunner.RunWithInputAsync(FirstPassword + "\n",
            "users", "add", "Anna", "--role", "planner", "--role", "admin", "--display-name", "Anna Holm", "--store", storeOption);
        var afterAdd = await FindAsync(store, "anna");
        var reset = await CliRunner.RunWithInputAsync(SecondPassword + "\n", "users", "set-password", "anna", "--store", storeOption);
        var afterReset = await FindAsync(store, "anna");
        var disabled = await CliRunner.RunAsync("users", "disable", "anna", "--store", storeOption);
        var afterDisable = await FindAsync(store, "anna");

        Assert.Equal((0, ""), (added.ExitCode, added.Error));
        Assert.Equal(["planner", "admin"], afterAdd.Roles);
        Assert.Equal("Anna Holm", afterAdd.DisplayName);
        Assert.True(Verifies(afterAdd, FirstPassword));
        Assert.Equal((0, ""), (reset.ExitCode, reset.Error));
        Assert.True(Verifies(afterReset, SecondPassword));
        Assert.False(Verifies(afterReset, FirstPassword));
        Assert.NotEqual(afterAdd.SecurityStamp, afterReset.SecurityStamp);
        Assert.Equal((0, ""), (disabled.ExitCode, disabled.Error));
        Assert.True(afterDisable.Disabled);
        Assert.DoesNotContain(FirstPassword, added.Output + reset.Output, StringComparison.Ordinal);

        var log = (await new AuditLog(store).QueryAsync(new AuditQuery(null, null, 1), CancellationToken.None)).Records;
        Assert.Equal(
            [AuditActions.UserDisabled, AuditActions.UserPasswordSet, AuditActions.UserAdded],
            log.Select(r => r.Entry.Action));
        Assert.All(log, r => Assert.Equal(UsersCommand.Actor, r.Entry.Actor));
        Assert.All(log, r => Assert.Equal("user anna", r.Entry.Subject));
        Assert.StartsWith("cli:", UsersCommand.Actor, StringComparison.Ordinal);
        Assert.Null(log[2].Entry.BeforeJson);
        Assert.Contains("\"disabled\":false", log[0].Entry.BeforeJson!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"disabled\":true", log[0].Entry.AfterJson!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var json in log.SelectMany(r => new[] { r.Entry.BeforeJson, r.Entry.AfterJson }).OfType<string>())
        {
            Assert.DoesNotContain(afterAdd.PasswordHash!, json, StringComparison.Ordinal);
            Assert.DoesNotContain(afterReset.PasswordHash!, json, StringComparison.Ordinal);
            Assert.DoesNotContain("hash\"", json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UsersAdd_ExistingUser_FailsWithOneLineAndAuditsNothingMore(string dialect)
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        await CliRunner.RunWithInputAsync(FirstPassword + "\n", "users", "add", "bo", "--role", "analyst", "--store", TestStores.Setting(store));

        var (exitCode, _, error) = await CliRunner.RunWithInputAsync(FirstPassword + "\n",
            "users", "add", "BO", "--role", "admin", "--store", TestStores.Setting(store));

        Assert.Equal(1, exitCode);
        Assert.Equal("attendance: user 'bo' already exists", error.Trim());
        Assert.Equal(["analyst"], (await FindAsync(store, "bo")).Roles);
        Assert.Single((await new AuditLog(store).QueryAsync(new AuditQuery(null, null, 1), CancellationToken.None)).Records);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UsersList_AfterDisableAndEnable_ShowsEachUsersRolesAndState(string dialect)
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        var storeOption = TestStores.Setting(store);
        await CliRunner.RunWithInputAsync(FirstPassword + "\n", "users", "add", "anna", "--role", "planner", "--store", storeOption);
        await CliRunner.RunAsync("users", "add", "bo", "--role", "admin", "--role", "analyst", "--no-password", "--display-name", "Bo B", "--store", storeOption);
        await CliRunner.RunAsync("users", "disable", "bo", "--store", storeOption);

        var whileDisabled = await CliRunner.RunAsync("users", "list", "--store", storeOption);
        var enabled = await CliRunner.RunAsync("users", "enable", "bo", "--store", storeOption);
        var again = await CliRunner.RunAsync("users", "enable", "bo", "--store", storeOption);
        var afterEnable = await CliRunner.RunAsync("users", "list", "--store", storeOption);

        Assert.Equal(["anna\tplanner\tenabled\tanna", "bo\tadmin,analyst\tdisabled\tBo B"], Lines(whileDisabled.Output));
        Assert.Equal(("enabled bo", "bo was already enabled"), (enabled.Output.Trim(), again.Output.Trim()));
        Assert.Equal("bo\tadmin,analyst\tenabled (single sign-on only)\tBo B", Lines(afterEnable.Output)[1]);
        var log = (await new AuditLog(store).QueryAsync(new AuditQuery(null, null, 1), CancellationToken.None)).Records;
        Assert.Equal([AuditActions.UserEnabled, AuditActions.UserDisabled], log.Take(2).Select(r => r.Entry.Action));
    }

    [Fact]
    public async Task UsersSetPassword_TooShort_RefusesNamingTheRuleAndKeepsTheOldPassword()
    {
        var (_, store) = await TestStores.CreateAsync("sqlite", postgres);
        await CliRunner.RunWithInputAsync(FirstPassword + "\n", "users", "add", "cecilie", "--role", "planner", "--store", TestStores.Setting(store));

        var (exitCode, _, error) = await CliRunner.RunWithInputAsync("short\n", "users", "set-password", "cecilie", "--store", TestStores.Setting(store));

        Assert.Equal(1, exitCode);
        Assert.Contains("Auth:MinimumPasswordLength", error, StringComparison.Ordinal);
        Assert.DoesNotContain("short", error.Replace("too short", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(Verifies(await FindAsync(store, "cecilie"), FirstPassword));
    }

    [Fact]
    public async Task UsersDisable_UnknownUser_FailsWithOneLine()
    {
        var (_, store) = await TestStores.CreateAsync("sqlite", postgres);

        var (exitCode, _, error) = await CliRunner.RunAsync("users", "disable", "nobody", "--store", TestStores.Setting(store));

        Assert.Equal(1, exitCode);
        Assert.Equal("attendance: no user 'nobody'", error.Trim());
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_IsRejectedBeforeTouchingTheStore()
    {
        var (exitCode, _, error) = await CliRunner.RunWithInputAsync(FirstPassword + "\n",
            "users", "add", "dora", "--role", "superuser", "--store", "sqlite:/nonexistent/dir/x.db");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("superuser", error, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<UserAccount> FindAsync(Store store, string name) =>
        await new UserStore(store).FindAsync(name, CancellationToken.None) ?? throw new InvalidOperationException($"no user {name}");

    private static bool Verifies(UserAccount user, string password) =>
        new PasswordHasher<UserAccount>().VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;
}
