using Attendance.App.Storage;

namespace Attendance.App.Tests.Storage;

public sealed class StoreLocationTests
{
    [Fact]
    public void Parse_SqlitePath_GivesAnAbsoluteFileInReadWriteCreateMode()
    {
        var location = StoreLocation.Parse("sqlite:var/attendance.db");

        Assert.Equal(StoreDialect.Sqlite, location.Dialect);
        Assert.Contains(Path.GetFullPath("var/attendance.db"), location.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresConnection_KeepsItAndHidesThePasswordWhenShown()
    {
        var location = StoreLocation.Parse("postgres:Host=db1;Username=attendance;Password=s3cret");

        Assert.Equal(StoreDialect.Postgres, location.Dialect);
        Assert.Contains("s3cret", location.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", location.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attendance.db")]
    [InlineData("mysql:server=x")]
    [InlineData("sqlite:")]
    [InlineData("postgres:Bogus Key=1")]
    public void Parse_Malformed_ThrowsNamingTheOption(string value)
    {
        var error = Assert.Throws<FormatException>(() => StoreLocation.Parse(value));

        Assert.StartsWith("--store:", error.Message, StringComparison.Ordinal);
    }
}
