using System.Net;
using Attendance.App.Web;
using Microsoft.Extensions.Options;

namespace Attendance.App.Security;

/// <summary>
/// Refuses to start when the proxy's user header is trusted but Attendance listens beyond loopback:
/// then anyone who reaches the port could send the header and be whoever they name.
/// </summary>
internal sealed class ProxyHeaderExposureCheck(IOptions<WebOptions> web) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.ProxyHeader.Enabled || options.ProxyHeader.AllowNonLoopback)
        {
            return ValidateOptionsResult.Success;
        }
        var exposed = web.Value.UrlList.Where(url => !IsLoopback(url)).ToList();
        return exposed.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Auth:ProxyHeader:Enabled: the header can be forged from the network while Web:Urls listens on {exposed[0]}; " +
                "listen on 127.0.0.1 behind the proxy, or set Auth:ProxyHeader:AllowNonLoopback if a firewall admits only the proxy");
    }

    private static bool IsLoopback(string url)
    {
        // Wildcards (http://*:5080, http://+:5080) are not URIs: not loopback either.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
