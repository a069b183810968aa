using System.Security.Claims;
using Attendance.App.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Attendance.App.Web;

/// <summary>
/// The frame around every page: skip link, a menu with only what the user's roles may open, the
/// user and sign-out, the language choice. Plain HTML and one stylesheet; no scripts.
/// </summary>
internal sealed class Layout(Navigation navigation, IAuthorizationService authorization)
{
    public async Task<HtmlResult> PageAsync(HttpContext context, string title, Html main, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var menu = signedIn ? await MenuAsync(context, user) : Html.Empty;
        var session = signedIn
            ? Html.Of($"""
                <div class="session"><span>{user.FindFirstValue(UserClaims.DisplayName) ?? user.Identity!.Name}</span>
                <form method="post" action="/logout">{Forms.AntiforgeryField(context)}<button type="submit">{Texts.SignOut}</button></form></div>
                """)
            : Html.Empty;
        var returnUrl = context.Request.Method == HttpMethods.Get ? context.Request.GetEncodedPathAndQuery() : "/";

        var page = Html.Of($"""
            <!doctype html>
            <html lang="{Texts.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Attendance</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip" href="#main">{Texts.SkipToContent}</a>
            <header class="top">
            <span class="brand">Attendance</span>
            {menu}
            {session}
            <form class="language" method="post" action="/language" aria-label="{Texts.LanguageChoice}">{Forms.AntiforgeryField(context)}<input type="hidden" name="returnUrl" value="{returnUrl}"><button type="submit" name="lang" value="da" lang="da">Dansk</button><button type="submit" name="lang" value="en" lang="en">English</button></form>
            </header>
            <main id="main" tabindex="-1">
            <h1>{title}</h1>
            {main}
            </main>
            </body>
            </html>
            """);
        return new HtmlResult(page, statusCode);
    }

    private async Task<Html> MenuAsync(HttpContext context, ClaimsPrincipal user)
    {
        var items = new List<Html>();
        foreach (var entry in navigation.Entries)
        {
            if (entry.Policy is not null && !(await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                continue;
            }
            var current = context.Request.Path.Equals(entry.Path, StringComparison.OrdinalIgnoreCase) ? Html.Trusted(" aria-current=\"page\"") : Html.Empty;
            items.Add(Html.Of($"<li><a href=\"{entry.Path}\"{current}>{entry.Title()}</a></li>"));
        }
        return Html.Of($"<nav aria-label=\"{Texts.MainMenu}\"><ul>{items}</ul></nav>");
    }
}
