namespace Attendance.App.Hosting;

/// <summary>
/// An options class bound from one configuration section and checked when the host starts, so a bad
/// setting stops the host with a message naming it rather than failing a job at 02:00.
/// </summary>
internal interface ISettings
{
    /// <summary>The configuration section, e.g. <c>Auth</c> (environment: <c>ATTENDANCE_Auth__…</c>).</summary>
    static abstract string Section { get; }

    /// <summary>Problems with the bound values, each starting with the setting's full key.</summary>
    IEnumerable<string> Validate();
}
