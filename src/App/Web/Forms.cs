using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Web;

/// <summary>Pieces every form needs.</summary>
internal static class Forms
{
    /// <summary>The hidden antiforgery field; every POST without it is answered 400.</summary>
    public static Html AntiforgeryField(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>
    /// A return address that stays on this site: a path starting with one <c>/</c> (not <c>//</c> or
    /// <c>/\</c>, which browsers treat as another host); anything else becomes <c>/</c>.
    /// </summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}
