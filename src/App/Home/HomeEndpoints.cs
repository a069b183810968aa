using System.Security.Claims;
using Attendance.App.Security;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Home;

/// <summary>The start page (who you are, your roles) and its JSON twin <c>/api/me</c>.</summary>
internal static class HomeEndpoints
{
    public static WebApplication MapHome(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPage("/", () => Texts.Home, policy: null, (HttpContext context, Layout layout) =>
        {
            var user = context.User;
            var roles = Html.Join(Roles(user).Select(role => Html.Of($"<li>{Texts.Role(role)}</li>")));
            var via = user.Identity?.AuthenticationType == AuthSchemes.Proxy ? Texts.SignedInThroughSso : Texts.SignedInWithPassword;
            return layout.PageAsync(context, Texts.Home, Html.Of($"""
                <p>{Texts.SignedInAs} <strong>{user.FindFirstValue(UserClaims.DisplayName)}</strong> ({user.Identity?.Name}). {via}</p>
                <h2>{Texts.YourRoles}</h2>
                <ul>{roles}</ul>
                """));
        });

        app.MapGet("/api/me", (HttpContext context) => Results.Ok(new
        {
            userName = context.User.Identity?.Name,
            displayName = context.User.FindFirstValue(UserClaims.DisplayName),
            roles = Roles(context.User),
        }));
        return app;
    }

    private static List<string> Roles(ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToList();
}
