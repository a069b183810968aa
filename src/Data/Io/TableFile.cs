using Attendance.Data.Contract;

namespace Attendance.Data.Io;

/// <summary>One Parquet file of a table and the hive-style <c>key=value</c> folder keys above it.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="PartitionKeys">Keys of the folders between the table's root and the file (values unescaped; null for hive's default partition).</param>
public sealed record TableFile(string Path, IReadOnlyDictionary<string, string?> PartitionKeys)
{
    private const string HiveNullPartition = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>
    /// The files of a table: the path itself when it is a file; else every <c>*.parquet</c> below the folder
    /// (recursively, sorted ordinally by path so the order is stable), with their partition keys.
    /// </summary>
    /// <exception cref="DataContractException">The path does not exist or holds no Parquet file.</exception>
    public static IReadOnlyList<TableFile> Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            return [new TableFile(System.IO.Path.GetFullPath(path), new Dictionary<string, string?>())];
        }
        if (!Directory.Exists(path))
        {
            throw new DataContractException(DataContractError.UnreadableFile, path, null, null, "no such file or folder");
        }
        var root = System.IO.Path.GetFullPath(path);
        var files = Directory.EnumerateFiles(root, "*.parquet", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(f => new TableFile(f, KeysBetween(root, f)))
            .ToList();
        if (files.Count == 0)
        {
            throw new DataContractException(DataContractError.UnreadableFile, path, null, null, "the folder holds no *.parquet file");
        }
        return files;
    }

    private static Dictionary<string, string?> KeysBetween(string root, string file)
    {
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        var relative = System.IO.Path.GetRelativePath(root, System.IO.Path.GetDirectoryName(file)!);
        if (relative == ".")
        {
            return keys;
        }
        foreach (var segment in relative.Split(System.IO.Path.DirectorySeparatorChar))
        {
            var eq = segment.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }
            var value = Uri.UnescapeDataString(segment[(eq + 1)..]);
            keys[Uri.UnescapeDataString(segment[..eq])] = value == HiveNullPartition ? null : value;
        }
        return keys;
    }
}
