using System.Globalization;
using Attendance.App.Files;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Where the partitions of a day's scoring run put their scores until the summarising step merges them:
/// <c>outbox/.staging/scores/date=…/&lt;run&gt;/part-NNN.parquet</c> (+ summary), on the outbox's disk, which
/// every node of a cluster shares. Nothing reads them but that step; a day's next run removes older runs' folders.
/// </summary>
internal static class ScoringStaging
{
    public static string RunFolder(DataFolders folders, DateOnly date, string runId)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return Path.Combine(DayFolder(folders, date), runId);
    }

    public static string PartitionFile(DataFolders folders, DateOnly date, string runId, int number) =>
        Path.Combine(RunFolder(folders, date, runId), string.Create(CultureInfo.InvariantCulture, $"part-{number:000}.parquet"));

    /// <summary>Removes the day's staged files of every run but <paramref name="keep"/> (null: all).</summary>
    public static void Clean(DataFolders folders, DateOnly date, string? keep)
    {
        var day = DayFolder(folders, date);
        if (!Directory.Exists(day))
        {
            return;
        }
        foreach (var run in Directory.GetDirectories(day).Where(run => Path.GetFileName(run) != keep))
        {
            Directory.Delete(run, recursive: true);
        }
    }

    private static string DayFolder(DataFolders folders, DateOnly date) =>
        Path.Combine(folders.Outbox, ".staging", "scores", "date=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
