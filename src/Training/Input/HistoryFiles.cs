using Attendance.Data.Batches;
using Attendance.Data.Io;

namespace Attendance.Training.Input;

/// <summary>History Parquet files or folders as one stream of batches (each file's schema is checked before any row is read).</summary>
public static class HistoryFiles
{
    /// <summary>Opens every path, then streams their row groups in order. Batches are reused: copy what you keep.</summary>
    /// <exception cref="FileNotFoundException">A path does not exist (the message names it).</exception>
    /// <exception cref="Attendance.Data.Contract.DataContractException">A file breaks the contract.</exception>
    public static IEnumerable<TableBatch> Read(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        var readers = paths.Select(DataFiles.OpenHistory).ToList();
        return readers.SelectMany(r => r.ReadBatches(cancellationToken));
    }
}
