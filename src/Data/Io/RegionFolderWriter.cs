using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Generation;

namespace Attendance.Data.Io;

/// <summary>
/// An <see cref="IRegionSink"/> writing each table to <c>DIR/&lt;table&gt;/&lt;table&gt;.parquet</c>
/// (history, bookings, slots, waitlist, truth). Files appear only on <see cref="Complete"/>.
/// </summary>
public sealed class RegionFolderWriter : IRegionSink, IDisposable
{
    private readonly Dictionary<TableSchema, TableWriter> _writers = [];

    public RegionFolderWriter(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        foreach (var table in Tables.All)
        {
            _writers[table] = new TableWriter(PathOf(directory, table), table);
        }
    }

    /// <summary>Where a table goes under <paramref name="directory"/>.</summary>
    public static string PathOf(string directory, TableSchema table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Path.Combine(directory, table.Name, table.Name + ".parquet");
    }

    /// <inheritdoc/>
    public void Write(TableBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _writers[batch.Schema].Write(batch);
    }

    /// <summary>Completes every file.</summary>
    public void Complete()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Complete();
        }
    }

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }
    }
}
