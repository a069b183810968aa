using Attendance.App.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Attendance.App.Web;

/// <summary>The signed-in user's stored language choice, so it follows them from browser to browser.</summary>
internal sealed class UserLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var language = httpContext.User.FindFirst(UserClaims.Language)?.Value;
        return Task.FromResult(language is null ? null : new ProviderCultureResult(language));
    }
}
