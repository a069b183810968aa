using Attendance.App.Security;
using Attendance.App.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Account;

/// <summary>Sign-in and sign-out.</summary>
internal static class AccountEndpoints
{
    public static WebApplication MapAccount(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/login", (HttpContext context, Layout layout, string? returnUrl) =>
            LoginPage.RenderAsync(context, layout, returnUrl, userName: null, failed: false)).AllowAnonymous();

        app.MapPost("/login", async (HttpContext context, Layout layout, PasswordSignIn signIn) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (userName, password, returnUrl) = (form["userName"].ToString(), form["password"].ToString(), form["returnUrl"].ToString());
            var (outcome, user) = await signIn.SignInAsync(userName, password, context.RequestAborted);
            if (outcome != SignInOutcome.Succeeded)
            {
                return (IResult)await LoginPage.RenderAsync(context, layout, returnUrl, userName, failed: true);
            }
            await context.SignInAsync(AuthSchemes.Cookie, UserClaims.Principal(user!, AuthSchemes.Cookie));
            return Results.Redirect(Forms.LocalUrl(returnUrl));
        }).AllowAnonymous().RequireRateLimiting(SecurityExtensions.SignInRateLimit);

        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(AuthSchemes.Cookie);
            return Results.Redirect("/login");
        });
        return app;
    }
}
