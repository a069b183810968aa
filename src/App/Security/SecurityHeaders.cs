using Microsoft.AspNetCore.Http;

namespace Attendance.App.Security;

/// <summary>Headers on every response (pages, errors, health, assets): no inline scripts, no framing, no sniffing, no referrer.</summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <param name="headers">The response's headers.</param>
    /// <param name="isHttps">Whether the browser reached us over TLS (directly or through the proxy); only then is HSTS sent.</param>
    public static void Apply(IHeaderDictionary headers, bool isHttps)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (isHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
