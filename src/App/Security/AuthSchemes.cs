namespace Attendance.App.Security;

/// <summary>Authentication scheme names.</summary>
internal static class AuthSchemes
{
    /// <summary>The default: forwards to <see cref="Proxy"/> when the proxy header is trusted and present, else to <see cref="Cookie"/>.</summary>
    public const string Selector = "attendance";

    /// <summary>Password sign-in, kept in a cookie.</summary>
    public const string Cookie = "cookie";

    /// <summary>The reverse proxy's authenticated-user header.</summary>
    public const string Proxy = "proxy";
}
