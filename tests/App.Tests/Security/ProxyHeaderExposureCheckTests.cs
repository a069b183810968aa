using Attendance.App.Security;
using Attendance.App.Web;
using Microsoft.Extensions.Options;

namespace Attendance.App.Tests.Security;

public sealed class ProxyHeaderExposureCheckTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true, false, true)]
    [InlineData("http://localhost:5080;https://[::1]:5443", true, false, true)]
    [InlineData("http://0.0.0.0:5080", true, false, false)]
    [InlineData("http://*:5080", true, false, false)]
    [InlineData("http://127.0.0.1:5080;http://10.1.2.3:5080", true, false, false)]
    [InlineData("http://0.0.0.0:5080", true, true, true)]
    [InlineData("http://0.0.0.0:5080", false, false, true)]
    public void Validate_TrustedHeader_RequiresLoopbackUnlessAllowed(string urls, bool enabled, bool allowNonLoopback, bool valid)
    {
        var sut = new ProxyHeaderExposureCheck(Options.Create(new WebOptions { Urls = urls }));
        var auth = new AuthOptions { ProxyHeader = new ProxyHeaderOptions { Enabled = enabled, AllowNonLoopback = allowNonLoopback } };

        var result = sut.Validate(null, auth);

        Assert.Equal(valid, result.Succeeded);
    }
}
