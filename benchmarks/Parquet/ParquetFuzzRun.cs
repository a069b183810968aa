using System.Diagnostics;
using System.Globalization;
using Attendance.Parquet;
using Attendance.Parquet.Fuzzing;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// The long mutation run of the reader: the library's <see cref="ParquetFuzz"/> over many valid seed
/// files (ours for every codec × page version × dictionary, plus DuckDB's interop matrix when the
/// peers are installed), the mutations shared out evenly. Fails when any mutant ends in anything but
/// success, <see cref="ParquetFormatException"/> or <see cref="NotSupportedException"/>.
/// Usage: <c>parquet-fuzz [--mutations N] [--seed S]</c>.
/// </summary>
internal static class ParquetFuzzRun
{
    public static int Run(string[] args)
    {
        var mutations = Option(args, "--mutations", 10_000);
        var seed = Option(args, "--seed", 1);
        var work = Directory.CreateTempSubdirectory("attendance-fuzz-").FullName;
        try
        {
            var seeds = SeedFiles(work);
            Console.WriteLine($"machine: {ParquetScanRun.Machine()}");
            Console.WriteLine($"{seeds.Count} seed files, {mutations:N0} mutations, seed {seed}");
            var total = Stopwatch.StartNew();
            var results = new List<FuzzResult>();
            for (var i = 0; i < seeds.Count; i++)
            {
                // Spread the remainder over the first seeds so the total is exactly what was asked for.
                var share = mutations / seeds.Count + (i < mutations % seeds.Count ? 1 : 0);
                var result = ParquetFuzz.Run(seeds[i].Bytes, share, seed * 1_000 + i, work);
                results.Add(result);
                foreach (var unexpected in result.Unexpected)
                {
                    Console.WriteLine($"BUG in a mutant of {seeds[i].Name}: {unexpected}");
                }
            }

            Console.WriteLine($"{results.Sum(r => r.Mutations):N0} mutations in {total.Elapsed.TotalSeconds:F1} s; " +
                $"slowest mutant {results.Max(r => r.Slowest).TotalMilliseconds:F0} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            Console.WriteLine($"  read fine      {results.Sum(r => r.Succeeded),7:N0}");
            Console.WriteLine($"  format error   {results.Sum(r => r.FormatErrors),7:N0}");
            Console.WriteLine($"  not supported  {results.Sum(r => r.NotSupported),7:N0}");
            Console.WriteLine($"  unexpected     {results.Sum(r => r.Unexpected.Count),7:N0}");
            return results.All(r => r.Clean) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<(string Name, byte[] Bytes)> SeedFiles(string work)
    {
        var seeds = new List<(string, byte[])>();
        foreach (var codec in Enum.GetValues<ParquetCompression>())
        {
            foreach (var version in (int[])[1, 2])
            {
                foreach (var dictionary in (bool[])[true, false])
                {
                    var path = Path.Combine(work, $"ours-{codec}-v{version}-{dictionary}.parquet");
                    FuzzSeed.Write(path, new ParquetWriterOptions { Compression = codec, DataPageVersion = version, Dictionary = dictionary, RowGroupRows = 150, PageBytes = 1024 });
                    seeds.Add((Path.GetFileName(path), File.ReadAllBytes(path)));
                }
            }
        }
        try
        {
            using var matrix = NodePeer.Run("duckdb-matrix.mjs", work);
            seeds.AddRange(matrix.RootElement.GetProperty("files").EnumerateArray()
                .Select(f => f.GetProperty("path").GetString()!)
                .Where(p => !Path.GetFileName(p).StartsWith("big", StringComparison.Ordinal))
                .Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"(DuckDB seeds skipped: {e.Message})");
        }
        return seeds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
