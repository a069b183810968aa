using System.Security.Claims;
using Attendance.App.Users;

namespace Attendance.App.Security;

/// <summary>What a signed-in principal carries, built from the stored user (roles are re-read on every request).</summary>
internal static class UserClaims
{
    public const string DisplayName = "attendance:display_name";
    public const string SecurityStamp = "attendance:stamp";
    public const string Language = "attendance:language";

    /// <param name="user">The stored user.</param>
    /// <param name="authenticationType"><see cref="AuthSchemes.Cookie"/> (password) or <see cref="AuthSchemes.Proxy"/> (single sign-on).</param>
    public static ClaimsPrincipal Principal(UserAccount user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserName),
            new(ClaimTypes.Name, user.UserName),
            new(DisplayName, user.DisplayName),
            new(SecurityStamp, user.SecurityStamp),
        };
        if (user.Language is { } language)
        {
            claims.Add(new Claim(Language, language));
        }
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
