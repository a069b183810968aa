using System.Text.Encodings.Web;
using Attendance.App.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Attendance.App.Security;

/// <summary>
/// Single sign-on through the hospital's reverse proxy: when <see cref="ProxyHeaderOptions.Enabled"/>,
/// the header names the user; only a user that exists here and is enabled gets in, with the roles
/// stored here (the proxy vouches for identity, not for rights). Disabled: the header is ignored.
/// </summary>
internal sealed class ProxyHeaderAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    UserStore users,
    IOptions<AuthOptions> authOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var proxy = authOptions.Value.ProxyHeader;
        if (!proxy.Enabled || !Request.Headers.TryGetValue(proxy.Name, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        if (values.Count != 1)
        {
            return AuthenticateResult.Fail($"{proxy.Name} sent {values.Count} times");
        }
        var user = await users.FindAsync(values[0]!, Context.RequestAborted);
        if (user is null || user.Disabled)
        {
            return AuthenticateResult.Fail($"{proxy.Name} names a user that is unknown or disabled here");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(UserClaims.Principal(user, AuthSchemes.Proxy), AuthSchemes.Proxy));
    }
}
