using System.Globalization;
using Attendance.App.Files;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Where the partitions of a day's scoring run put their scores until the summarising step merges them:
/// <c>outbox/.staging/scores/date=…/&lt;run&gt;/part-NNN.parquet</c> (+ summary), on the outbox's disk, which
/// every node of a cluster shares. Nothing reads them but that step; a day's next run removes older runs' folders,
/// and any run removes what days more than <see cref="KeptDays"/> before it left (runs that never merged).
/// </summary>
internal static class ScoringStaging
{
    public const int KeptDays = 7;

    public static string RunFolder(DataFolders folders, DateOnly date, string runId)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return Path.Combine(DayFolder(folders, date), runId);
    }

    public static string PartitionFile(DataFolders folders, DateOnly date, string runId, int number) =>
        Path.Combine(RunFolder(folders, date, runId), string.Create(CultureInfo.InvariantCulture, $"part-{number:000}.parquet"));

    /// <summary>Removes one run's staged files (once merged).</summary>
    public static void Remove(DataFolders folders, DateOnly date, string runId)
    {
        var run = RunFolder(folders, date, runId);
        if (Directory.Exists(run))
        {
            Directory.Delete(run, recursive: true);
        }
    }

    /// <summary>Removes the day's staged files (of every run: a new run starts) and those of days long gone.</summary>
    public static void Clean(DataFolders folders, DateOnly date)
    {
        var days = Path.GetDirectoryName(DayFolder(folders, date))!;
        if (Directory.Exists(days))
        {
            var oldest = "date=" + date.AddDays(-KeptDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var old in Directory.GetDirectories(days, "date=*").Where(day => string.CompareOrdinal(Path.GetFileName(day), oldest) < 0))
            {
                Directory.Delete(old, recursive: true);
            }
        }

        var day = DayFolder(folders, date);
        if (Directory.Exists(day))
        {
            Directory.Delete(day, recursive: true);
        }
    }

    private static string DayFolder(DataFolders folders, DateOnly date) =>
        Path.Combine(folders.Outbox, ".staging", "scores", "date=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
