using System.Globalization;
using Attendance.App.Hosting;
using Microsoft.Extensions.Options;

namespace Attendance.App.Files;

/// <summary>
/// The folders jobs read and write: the inbox, one folder per extract kind, and the outbox, one
/// folder per output and date (<c>outbox/scores/date=2026-03-02/</c>, hive-style so Parquet readers
/// see the date as a column).
/// </summary>
internal sealed class DataFolders(IOptions<DataOptions> options)
{
    /// <summary>The extract kinds of the data contract, each a folder in the inbox.</summary>
    public static IReadOnlyList<string> ExtractKinds { get; } = ["history", "bookings", "slots", "waitlist"];

    public string Inbox => options.Value.InboxPath;

    public string Outbox => options.Value.OutboxPath;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of <see cref="ExtractKinds"/>.</exception>
    public string InboxFor(string kind) => ExtractKinds.Contains(kind, StringComparer.Ordinal)
        ? Path.Combine(Inbox, kind)
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"expected one of {string.Join(", ", ExtractKinds)}");

    /// <summary>The folder of one output for one day; a job's rerun for that day replaces the files in it.</summary>
    public string OutboxFor(string output, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        if (output.IndexOfAny(['/', '\\', '.']) >= 0)
        {
            throw new ArgumentException($"'{output}' must be a plain folder name", nameof(output));
        }
        return Path.Combine(Outbox, output, $"date={date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    /// <summary>Creates the inbox's kind folders (so the transfer knows where to drop files) and the outbox.</summary>
    public void Create()
    {
        foreach (var kind in ExtractKinds)
        {
            Directory.CreateDirectory(InboxFor(kind));
        }
        Directory.CreateDirectory(Outbox);
    }
}
