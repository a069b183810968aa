using Attendance.App.Hosting;

namespace Attendance.App.Security;

/// <summary>Sign-in rules (section <c>Auth</c>).</summary>
internal sealed class AuthOptions : ISettings
{
    public static string Section => "Auth";

    /// <summary>Failed sign-ins in a row that lock the account for <see cref="LockoutPeriod"/>.</summary>
    /// <value>Default 5; 1 to 100.</value>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in, even with the right password.</summary>
    /// <value>Default 15 minutes; 1 second to 1 day.</value>
    public TimeSpan LockoutPeriod { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Sign-in attempts one client address may make per minute, whatever the user names: lockout
    /// guards one account, this guards against trying one password on many (429 beyond it).
    /// </summary>
    /// <value>Default 30; 1 to 10,000.</value>
    public int SignInAttemptsPerMinute { get; set; } = 30;

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    /// <value>Default 8 hours (a working day); 1 minute to 7 days.</value>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The shortest password <c>attendance users</c> accepts.</summary>
    /// <value>Default 12 characters; 8 to 128.</value>
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>Trust a reverse proxy's authenticated-user header.</summary>
    public ProxyHeaderOptions ProxyHeader { get; set; } = new();

    public IEnumerable<string> Validate()
    {
        if (MaxFailedLogins is < 1 or > 100)
        {
            yield return $"Auth:MaxFailedLogins: must be 1 to 100 (was {MaxFailedLogins})";
        }
        if (LockoutPeriod < TimeSpan.FromSeconds(1) || LockoutPeriod > TimeSpan.FromDays(1))
        {
            yield return $"Auth:LockoutPeriod: must be 00:00:01 to 1.00:00:00 (was {LockoutPeriod:c})";
        }
        if (SignInAttemptsPerMinute is < 1 or > 10_000)
        {
            yield return $"Auth:SignInAttemptsPerMinute: must be 1 to 10000 (was {SignInAttemptsPerMinute})";
        }
        if (SessionLifetime < TimeSpan.FromMinutes(1) || SessionLifetime > TimeSpan.FromDays(7))
        {
            yield return $"Auth:SessionLifetime: must be 00:01:00 to 7.00:00:00 (was {SessionLifetime:c})";
        }
        if (MinimumPasswordLength is < 8 or > 128)
        {
            yield return $"Auth:MinimumPasswordLength: must be 8 to 128 (was {MinimumPasswordLength})";
        }
        if (string.IsNullOrWhiteSpace(ProxyHeader.Name) || !ProxyHeader.Name.All(IsTokenChar))
        {
            yield return $"Auth:ProxyHeader:Name: '{ProxyHeader.Name}' is not an HTTP header name";
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
