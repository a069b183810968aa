using Attendance.App.Web;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Account;

/// <summary>The sign-in form.</summary>
internal static class LoginPage
{
    public static Task<HtmlResult> RenderAsync(HttpContext context, Layout layout, string? returnUrl, string? userName, bool failed)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var error = failed ? Html.Of($"<p class=\"error\" role=\"alert\">{Texts.SignInFailed}</p>") : Html.Empty;
        var form = Html.Of($"""
            {error}
            <form method="post" action="/login">
            {Forms.AntiforgeryField(context)}
            <input type="hidden" name="returnUrl" value="{Forms.LocalUrl(returnUrl)}">
            <label for="userName">{Texts.UserName}</label>
            <input id="userName" name="userName" type="text" autocomplete="username" autocapitalize="none" required autofocus value="{userName}">
            <label for="password">{Texts.Password}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button type="submit" class="primary">{Texts.SignIn}</button></p>
            </form>
            """);
        return layout.PageAsync(context, Texts.SignIn, form);
    }
}
