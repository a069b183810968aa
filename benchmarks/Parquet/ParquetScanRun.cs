using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Attendance.Parquet;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// End-to-end read throughput against the peer: DuckDB writes a 5M-row, 10-column appointment-like
/// file (snappy, dictionary, 1M-row row groups) and scans it on one thread; then our reader scans
/// every column of the same file (best of 3, same aggregates, checked equal to DuckDB's), and our
/// writer writes the same shape of data. Usage: <c>parquet-scan [--rows N] [--runs N]</c>.
/// </summary>
internal static class ParquetScanRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var rows = IntOption(args, "--rows", 5_000_000);
        var runs = IntOption(args, "--runs", 3);
        var path = Path.Combine(Path.GetTempPath(), $"attendance-scan-{rows}.parquet");
        var ours = Path.Combine(Path.GetTempPath(), $"attendance-scan-{rows}-ours.parquet");
        try
        {
            Console.WriteLine($"machine: {Machine()}");
            Console.WriteLine($"DuckDB writes {rows:N0} rows to {path} and scans it (threads=1, best of {runs}) ...");
            using var peer = NodePeer.Run("bench-scan.mjs", path, rows.ToString(Invariant), runs.ToString(Invariant));
            var duck = peer.RootElement;
            var duckSeconds = duck.GetProperty("scanSeconds").EnumerateArray().Min(e => e.GetDouble());
            var uncompressed = duck.GetProperty("uncompressedBytes").GetDouble();
            var fileBytes = new FileInfo(path).Length;

            var times = new List<double>();
            ScanAggregates? aggregates = null;
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                aggregates = Scan(path);
                times.Add(watch.Elapsed.TotalSeconds);
            }
            var ourSeconds = times.Min();
            var peakAfterRead = Process.GetCurrentProcess().PeakWorkingSet64;
            var mismatches = aggregates!.Differences(duck.GetProperty("aggregates")).ToList();

            var writeWatch = Stopwatch.StartNew();
            ScanData.Write(ours, rows);
            var writeSeconds = writeWatch.Elapsed.TotalSeconds;
            var peakAfterWrite = Process.GetCurrentProcess().PeakWorkingSet64;

            const double MiB = 1024 * 1024;
            Console.WriteLine($"DuckDB {duck.GetProperty("duckdbVersion").GetString()}: file {fileBytes / MiB:F1} MiB, {uncompressed / MiB:F1} MiB uncompressed, {duck.GetProperty("rowGroups").GetInt32()} row groups");
            Console.WriteLine($"DuckDB scan (1 thread):  {duckSeconds * 1000:F0} ms  {rows / duckSeconds / 1e6:F2} M rows/s  {uncompressed / MiB / duckSeconds:F0} MiB/s  (runs: {Join(duck.GetProperty("scanSeconds").EnumerateArray().Select(e => e.GetDouble()))})");
            Console.WriteLine($"our reader scan:         {ourSeconds * 1000:F0} ms  {rows / ourSeconds / 1e6:F2} M rows/s  {uncompressed / MiB / ourSeconds:F0} MiB/s  (runs: {Join(times)})");
            Console.WriteLine($"ratio ours/DuckDB rows/s: {duckSeconds / ourSeconds:F2}");
            Console.WriteLine($"our writer: {rows:N0} rows in {writeSeconds * 1000:F0} ms = {rows / writeSeconds / 1e6:F2} M rows/s, {new FileInfo(ours).Length / MiB / writeSeconds:F0} MiB/s of file ({new FileInfo(ours).Length / MiB:F1} MiB, {new FileInfo(ours).Length:N0} bytes vs DuckDB {fileBytes:N0})");
            Console.WriteLine($"peak working set: {peakAfterRead / MiB:F0} MiB after the scans, {peakAfterWrite / MiB:F0} MiB after the write");
            if (mismatches.Count > 0)
            {
                Console.Error.WriteLine("our scan disagrees with DuckDB: " + string.Join("; ", mismatches));
                return 1;
            }
            Console.WriteLine("aggregates equal to DuckDB's");
            return 0;
        }
        finally
        {
            File.Delete(ours);
        }
    }

    /// <summary>Reads every column of every row group, reusing buffers, and aggregates like the DuckDB query.</summary>
    private static ScanAggregates Scan(string path)
    {
        using var reader = ParquetFileReader.Open(path);
        var result = new ScanAggregates();
        ColumnData<long>? ids = null, patients = null, booked = null, start = null;
        ColumnData<int>? duration = null, age = null;
        ColumnData<double>? distance = null;
        ColumnData<string>? department = null, visitType = null;
        ColumnData<bool>? reminder = null;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            ids = Read(reader, g, "appointment_id", ids);
            patients = Read(reader, g, "patient_id", patients);
            duration = Read(reader, g, "duration_min", duration);
            distance = Read(reader, g, "distance_km", distance);
            department = Read(reader, g, "department", department);
            visitType = Read(reader, g, "visit_type", visitType);
            booked = Read(reader, g, "booked_at", booked);
            start = Read(reader, g, "start_at", start);
            reminder = Read(reader, g, "reminder_sent", reminder);
            age = Read(reader, g, "age", age);
            result.Add(ids, patients, duration, distance, department, visitType, booked, start, reminder, age);
        }
        return result;
    }

    private static ColumnData<T> Read<T>(ParquetFileReader reader, int rowGroup, string column, ColumnData<T>? into)
    {
        if (into is null)
        {
            return reader.ReadColumn<T>(rowGroup, column);
        }
        reader.ReadColumn(rowGroup, column, into);
        return into;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], Invariant) : fallback;
    }

    private static string Join(IEnumerable<double> seconds) => string.Join(", ", seconds.Select(s => (s * 1000).ToString("F0", Invariant) + " ms"));

    internal static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        // The load average says how much the figures are worth on a machine shared with other work.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return $"{model ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {load}";
    }
}
