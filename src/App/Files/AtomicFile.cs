namespace Attendance.App.Files;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new one, never a part:
/// the bytes go to a hidden temporary file in the same folder, are flushed to disk, and the file is
/// renamed over the target (atomic on one file system). A writer that fails or is killed leaves at
/// most a temporary file, which <see cref="DeleteTemporaries"/> removes and readers never list.
/// </summary>
internal static class AtomicFile
{
    private const string TemporarySuffix = ".partial";

    /// <summary>Whether <paramref name="path"/> names a temporary file of an unfinished write (readers skip these).</summary>
    public static bool IsTemporary(string path) =>
        Path.GetFileName(path).StartsWith('.') && path.EndsWith(TemporarySuffix, StringComparison.Ordinal);

    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                // The data must be on disk before the rename makes it visible, or a crash could publish an empty file.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Removes temporaries left by killed writers: those last written before <paramref name="cutoff"/>,
    /// so that a write in progress on another node sharing the folder is left alone.
    /// </summary>
    /// <returns>How many were removed.</returns>
    public static int DeleteTemporaries(string folder, DateTimeOffset cutoff)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }
        var stale = Directory.EnumerateFiles(folder, "*" + TemporarySuffix, SearchOption.AllDirectories)
            .Where(file => IsTemporary(file) && File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
            .ToList();
        stale.ForEach(File.Delete);
        return stale.Count;
    }
}
