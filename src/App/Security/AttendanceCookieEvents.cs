using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using System.Security.Claims;

namespace Attendance.App.Security;

/// <summary>
/// The session cookie's rules: every request re-reads the user, so disabling a user or changing a
/// password (a new security stamp) ends their sessions at once and role changes apply at once;
/// <c>/api/…</c> gets 401/403 instead of redirects; a wrong role gets a 403 page, not a redirect.
/// </summary>
internal sealed class AttendanceCookieEvents(UserStore users, Layout layout) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Principal?.Identity?.Name;
        var user = name is null ? null : await users.FindAsync(name, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || user.SecurityStamp != context.Principal!.FindFirstValue(UserClaims.SecurityStamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(UserClaims.Principal(user, AuthSchemes.Cookie));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        return base.RedirectToLogin(context);
    }

    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var page = await layout.PageAsync(context.HttpContext, Texts.NotAllowed,
            Html.Of($"<p>{Texts.NotAllowedText}</p>"), StatusCodes.Status403Forbidden);
        await page.ExecuteAsync(context.HttpContext);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
