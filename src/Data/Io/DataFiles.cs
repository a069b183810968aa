using Attendance.Data.Contract;
using Attendance.Data.Generation;
using Attendance.Data.Rows;

namespace Attendance.Data.Io;

/// <summary>Entry points for the contract's files: open a table (columnar path), read its rows, write rows, generate a region.</summary>
public static class DataFiles
{
    /// <summary>Opens history (a file or folder) for reading; schemas are checked now, values while reading.</summary>
    public static TableReader OpenHistory(string path) => TableReader.Open(path, Tables.History);

    /// <summary>Opens history with a projection or without the duplicate-id check (see <see cref="TableReadOptions"/>).</summary>
    public static TableReader OpenHistory(string path, TableReadOptions options) => TableReader.Open(path, Tables.History, options);

    public static TableReader OpenBookings(string path) => TableReader.Open(path, Tables.Bookings);

    /// <summary>Opens bookings with a projection or without the duplicate-id check (see <see cref="TableReadOptions"/>).</summary>
    public static TableReader OpenBookings(string path, TableReadOptions options) => TableReader.Open(path, Tables.Bookings, options);

    public static TableReader OpenSlots(string path) => TableReader.Open(path, Tables.Slots);

    public static TableReader OpenWaitlist(string path) => TableReader.Open(path, Tables.Waitlist);

    public static TableReader OpenTruth(string path) => TableReader.Open(path, Tables.Truth);

    public static IEnumerable<HistoryAppointment> ReadHistory(string path) => OpenHistory(path).ReadRows(HistoryMapper.Instance);

    public static IEnumerable<Booking> ReadBookings(string path) => OpenBookings(path).ReadRows(BookingMapper.Instance);

    public static IEnumerable<Slot> ReadSlots(string path) => OpenSlots(path).ReadRows(SlotMapper.Instance);

    public static IEnumerable<WaitlistEntry> ReadWaitlist(string path) => OpenWaitlist(path).ReadRows(WaitlistMapper.Instance);

    public static IEnumerable<TruthRow> ReadTruth(string path) => OpenTruth(path).ReadRows(TruthMapper.Instance);

    /// <summary>Writes records to one Parquet file of their table (snappy, timestamps as UTC micros).</summary>
    public static void Write<TRow>(string path, IRowMapper<TRow> mapper, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        using var writer = new TableWriter(path, mapper.Schema);
        writer.WriteRows(mapper, rows);
        writer.Complete();
    }

    /// <summary>Generates a region into <c>directory/&lt;table&gt;/&lt;table&gt;.parquet</c>; files appear only when all are complete.</summary>
    public static GenerationSummary Generate(string directory, GeneratorOptions options, IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var generator = new RegionGenerator(options);
        using var sink = new RegionFolderWriter(directory);
        var summary = generator.Generate(sink, progress, cancellationToken);
        sink.Complete();
        return summary;
    }
}
