using System.Net;
using Attendance.App.Tests.Infrastructure;

namespace Attendance.App.Tests.Web;

[Collection(PostgresGroup.Name)]
public sealed class AssetTests(PostgresServer postgres)
{
    [Fact]
    public async Task Stylesheet_IsServedAnonymouslyWithItsTypeAndCaching()
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);

        var response = await factory.CreateBrowser().GetAsync("/assets/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(":focus-visible", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("/assets/none.js")]
    [InlineData("/assets/..%2Fappsettings.json")]
    public async Task UnknownAsset_Is404(string path)
    {
        using var factory = await AttendanceWebFactory.CreateAsync("sqlite", postgres);

        var response = await factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
