namespace Attendance.App.Security;

/// <summary>
/// Single sign-on through a reverse proxy that authenticates users and passes the user name in a
/// header (section <c>Auth:ProxyHeader</c>). Only safe when nothing but the proxy can reach
/// Attendance: anyone who can send the header directly can claim any name.
/// </summary>
internal sealed class ProxyHeaderOptions
{
    /// <summary>Whether the header is trusted at all.</summary>
    /// <value>Default <see langword="false"/>: the header is ignored.</value>
    public bool Enabled { get; set; }

    /// <summary>The header carrying the authenticated user name; the user must exist here and be enabled.</summary>
    /// <value>Default <c>X-Remote-User</c>.</value>
    public string Name { get; set; } = "X-Remote-User";

    /// <summary>
    /// Allows trusting the header while <c>Web:Urls</c> listens beyond this machine. Only for a network
    /// where nothing but the proxy can reach the port (a firewall does that, not Attendance).
    /// </summary>
    /// <value>Default <see langword="false"/>: with the header trusted, Attendance must listen on loopback only.</value>
    public bool AllowNonLoopback { get; set; }
}
