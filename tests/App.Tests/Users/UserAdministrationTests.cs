using System.Text.Json.Nodes;
using Attendance.App.Audit;
using Attendance.App.Cli;
using Attendance.App.Security;
using Attendance.App.Storage;
using Attendance.App.Tests.Infrastructure;
using Attendance.App.Tests.Storage;
using Attendance.App.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Attendance.App.Tests.Users;

[Collection(PostgresGroup.Name)]
public sealed class UserAdministrationTests(PostgresServer postgres)
{
    private const string Password = "a long enough password";

    [Theory]
    [InlineData("anna holm", "user name 'anna holm' must be")]
    [InlineData("anna<script>", "user name 'anna<script>' must be")]
    [InlineData("", "user name '' must be")]
    public async Task Add_BadUserName_IsRefusedNamingIt(string name, string expected)
    {
        var (sut, _) = await CreateSutAsync();

        var error = await Assert.ThrowsAsync<UserFacingException>(() => sut.AddAsync(name, null, [Roles.Planner], Password, "test", default));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_DisplayNameWithControlCharacters_IsRefused()
    {
        var (sut, _) = await CreateSutAsync();

        var error = await Assert.ThrowsAsync<UserFacingException>(() => sut.AddAsync("anna", "Anna\u0007", [Roles.Planner], Password, "test", default));

        Assert.Contains("control characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_PasswordContainingTheUserName_IsRefusedAndNothingIsStored()
    {
        var (sut, store) = await CreateSutAsync();

        var error = await Assert.ThrowsAsync<UserFacingException>(() => sut.AddAsync("annaholm", null, [Roles.Planner], "my name is AnnaHolm!", "test", default));

        Assert.Equal("password must not contain the user name", error.Message);
        Assert.Null(await new UserStore(store).FindAsync("annaholm", default));
    }

    [Fact]
    public async Task Add_SameRoleTwice_StoresItOnce()
    {
        var (sut, _) = await CreateSutAsync();

        var user = await sut.AddAsync("anna", null, [Roles.Planner, Roles.Planner, Roles.Admin], Password, "test", default);

        Assert.Equal([Roles.Planner, Roles.Admin], user.Roles);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AuditAppend_InARolledBackTransaction_LeavesNoRow(string dialect)
    {
        var (_, store) = await CreateSutAsync(dialect);
        var log = new AuditLog(store);

        await using (var connection = await store.OpenAsync(default))
        await using (var transaction = await store.BeginWriteAsync(connection, default))
        {
            await log.AppendAsync(connection, transaction, new AuditEntry(DateTimeOffset.UnixEpoch, "kim", "offer.accept", "offer 1", null, "{}"), default);
            await transaction.RollbackAsync();
        }

        Assert.Empty((await log.QueryAsync(new AuditQuery(null, null, 1), default)).Records);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AuditEntry_RoundTrips_InstantToTheMicrosecondAndJsonByValue(string dialect)
    {
        var (_, store) = await CreateSutAsync(dialect);
        var log = new AuditLog(store);
        var at = new DateTimeOffset(2026, 10, 25, 0, 59, 59, 123, TimeSpan.Zero).AddTicks(4560);
        var entry = new AuditEntry(at, "kim", "offer.accept", "offer 1", """{"a":1}""", """{"name":"Æbelø <b>"}""");

        await log.AppendAsync(entry, default);
        var stored = Assert.Single((await log.QueryAsync(new AuditQuery(null, null, 1), default)).Records).Entry;

        Assert.Equal((entry.Actor, entry.Action, entry.Subject), (stored.Actor, stored.Action, stored.Subject));
        Assert.Equal(at, stored.At);
        // jsonb keeps values, not spacing.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entry.BeforeJson!), JsonNode.Parse(stored.BeforeJson!)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entry.AfterJson!), JsonNode.Parse(stored.AfterJson!)));
    }

    private async Task<(UserAdministration Sut, Store Store)> CreateSutAsync(string dialect = "sqlite")
    {
        var (_, store) = await TestStores.CreateAsync(dialect, postgres);
        await new StoreMigrator(store, TimeProvider.System).MigrateAsync(default);
        var sut = new UserAdministration(new UserStore(store), new AuditLog(store),
            new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 })),
            Options.Create(new AuthOptions()), TimeProvider.System);
        return (sut, store);
    }
}
