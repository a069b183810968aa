using Attendance.App.Web;

namespace Attendance.App.Tests.Web;

public sealed class FormsTests
{
    [Theory]
    [InlineData("/audit?page=2", "/audit?page=2")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/ok\r\nSet-Cookie: x", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void LocalUrl_KeepsOnlyPathsOnThisSite(string? given, string expected)
    {
        Assert.Equal(expected, Forms.LocalUrl(given));
    }
}
