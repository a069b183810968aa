namespace Attendance.App.Hosting;

/// <summary>Where Attendance keeps its files (section <c>Data</c>; <c>--data</c> on the command line).</summary>
internal sealed class DataOptions : ISettings
{
    public static string Section => "Data";

    /// <summary>The folder for the SQLite store, the inbox and the outbox; created when missing.</summary>
    /// <value>Default <c>./var</c>, relative to the working directory.</value>
    public string Directory { get; set; } = "./var";

    /// <summary>Where the hospital's extracts arrive (<c>history/</c>, <c>bookings/</c>, <c>slots/</c>, <c>waitlist/</c>).</summary>
    /// <value>Default empty: <c>inbox</c> in <see cref="Directory"/>.</value>
    public string? Inbox { get; set; }

    /// <summary>Where outputs for the record system go, partitioned by date.</summary>
    /// <value>Default empty: <c>outbox</c> in <see cref="Directory"/>.</value>
    public string? Outbox { get; set; }

    public string FullPath => System.IO.Path.GetFullPath(Directory);

    public string InboxPath => string.IsNullOrWhiteSpace(Inbox) ? System.IO.Path.Combine(FullPath, "inbox") : System.IO.Path.GetFullPath(Inbox);

    public string OutboxPath => string.IsNullOrWhiteSpace(Outbox) ? System.IO.Path.Combine(FullPath, "outbox") : System.IO.Path.GetFullPath(Outbox);

    public IEnumerable<string> Validate()
    {
        foreach (var (key, value, required) in new[] { ("Data:Directory (--data)", Directory, true), ("Data:Inbox", Inbox, false), ("Data:Outbox", Outbox, false) })
        {
            if ((required || value is not null) && (string.IsNullOrWhiteSpace(value) || value.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0))
            {
                yield return $"{key}: '{value}' is not a folder path";
            }
        }
    }
}
