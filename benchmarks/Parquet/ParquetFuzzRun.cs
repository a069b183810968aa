using System.Diagnostics;
using System.Globalization;
using Attendance.Parquet;

namespace Attendance.Benchmarks.Parquet;

/// <summary>
/// Mutation fuzzing of the reader: valid files (ours for every codec × page version × dictionary,
/// plus DuckDB's matrix when the peers are installed) get bit flips, byte overwrites, truncations,
/// footer and footer-length corruption and splices; each mutant is opened and every flat column of
/// every row group read. The only acceptable failure is <see cref="ParquetFormatException"/>
/// (<see cref="NotSupportedException"/> is counted apart); anything else, or a mutant that takes
/// over two seconds, is a bug. Usage: <c>parquet-fuzz [--mutations N] [--seed S]</c>.
/// </summary>
internal static class ParquetFuzzRun
{
    private static readonly string[] Strategies = ["bit flips", "byte overwrite", "truncation", "footer bytes", "footer length", "splice"];

    public static int Run(string[] args)
    {
        var mutations = Option(args, "--mutations", 10_000);
        var seed = Option(args, "--seed", 1);
        var work = Directory.CreateTempSubdirectory("attendance-fuzz-").FullName;
        var kept = Path.Combine(Path.GetTempPath(), "attendance-fuzz-failures");
        try
        {
            var seeds = SeedFiles(work);
            Console.WriteLine($"machine: {ParquetScanRun.Machine()}");
            Console.WriteLine($"{seeds.Count} seed files, {mutations:N0} mutations, seed {seed}");
            var random = new Random(seed);
            var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
            var bugs = new Dictionary<string, string>(StringComparer.Ordinal);
            var unsupported = new Dictionary<string, int>(StringComparer.Ordinal);
            var slowest = TimeSpan.Zero;
            var mutant = Path.Combine(work, "mutant.parquet");
            var total = Stopwatch.StartNew();
            for (var m = 0; m < mutations; m++)
            {
                var (name, original) = seeds[random.Next(seeds.Count)];
                var strategy = random.Next(Strategies.Length);
                File.WriteAllBytes(mutant, Mutate(original, strategy, random));
                var watch = Stopwatch.StartNew();
                var outcome = ReadEverything(mutant, out var bug, out var notSupported);
                if (notSupported is not null)
                {
                    unsupported[notSupported] = unsupported.GetValueOrDefault(notSupported) + 1;
                }
                watch.Stop();
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                if (watch.Elapsed > TimeSpan.FromSeconds(2))
                {
                    (outcome, bug) = ("bug", $"slow: {watch.Elapsed.TotalSeconds:F1} s");
                }
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (bug is not null && bugs.TryAdd(bug, $"mutation {m} ({Strategies[strategy]} of {name})") && bugs.Count <= 20)
                {
                    Directory.CreateDirectory(kept);
                    File.Copy(mutant, Path.Combine(kept, $"mutant-{m}.parquet"), overwrite: true);
                }
            }
            Console.WriteLine($"{mutations:N0} mutations in {total.Elapsed.TotalSeconds:F1} s; slowest mutant {slowest.TotalMilliseconds:F0} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            foreach (var (outcome, count) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {outcome,-14} {count,7:N0}");
            }
            foreach (var (message, count) in unsupported.OrderByDescending(u => u.Value).Take(5))
            {
                Console.WriteLine($"  not supported x{count}: {message}");
            }
            foreach (var (bug, where) in bugs)
            {
                Console.WriteLine($"BUG {where}: {bug}");
            }
            if (bugs.Count > 0)
            {
                Console.WriteLine($"first mutants kept in {kept}");
            }
            return bugs.Count == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Opens and reads every flat column; returns the outcome and, for a bug, its signature.</summary>
    private static string ReadEverything(string path, out string? bug, out string? notSupported)
    {
        bug = null;
        notSupported = null;
        try
        {
            using var reader = ParquetFileReader.Open(path);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                foreach (var column in reader.Schema.Columns.Where(c => !c.IsNested))
                {
                    ReadColumn(reader, g, column);
                }
            }
            return "read fine";
        }
        catch (ParquetFormatException)
        {
            return "format error";
        }
        catch (NotSupportedException e)
        {
            // Without the file name, so that equal messages from different mutants tally together.
            notSupported = e.Message.Replace(path, "FILE", StringComparison.Ordinal);
            return "not supported";
        }
#pragma warning disable CA1031 // catching everything is the point: any other exception is the finding
        catch (Exception e)
#pragma warning restore CA1031
        {
            var frame = new StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Attendance", StringComparison.Ordinal) == true);
            bug = $"{e.GetType().Name}: {e.Message} at {frame?.GetMethod()?.DeclaringType?.Name}.{frame?.GetMethod()?.Name}";
            return "bug";
        }
    }

    private static void ReadColumn(ParquetFileReader reader, int rowGroup, ParquetColumn column)
    {
        var logical = column.LogicalType?.Kind;
        _ = (column.PhysicalType, logical) switch
        {
            (_, LogicalTypeKind.Decimal) => reader.ReadColumn<decimal>(rowGroup, column.Name).Count,
            (PhysicalType.Boolean, _) => reader.ReadColumn<bool>(rowGroup, column.Name).Count,
            (PhysicalType.Int32, LogicalTypeKind.Integer) when column.LogicalType is { IsSigned: false, BitWidth: 32 } => reader.ReadColumn<long>(rowGroup, column.Name).Count,
            (PhysicalType.Int32, _) => reader.ReadColumn<int>(rowGroup, column.Name).Count,
            (PhysicalType.Int64 or PhysicalType.Int96, _) => reader.ReadColumn<long>(rowGroup, column.Name).Count,
            (PhysicalType.Float, _) => reader.ReadColumn<float>(rowGroup, column.Name).Count,
            (PhysicalType.Double, _) => reader.ReadColumn<double>(rowGroup, column.Name).Count,
            (PhysicalType.ByteArray, LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json) => reader.ReadColumn<string>(rowGroup, column.Name).Count,
            _ => reader.ReadColumn<byte[]>(rowGroup, column.Name).Count,
        };
    }

    private static byte[] Mutate(byte[] original, int strategy, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (strategy)
        {
            case 0:
                for (var i = random.Next(1, 5); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }
                return bytes;
            case 1:
                var at = random.Next(bytes.Length);
                random.NextBytes(bytes.AsSpan(at, Math.Min(random.Next(1, 9), bytes.Length - at)));
                return bytes;
            case 2:
                return bytes[..random.Next(bytes.Length)];
            case 3:
                // The footer (Thrift metadata) is the densest target: most flips there change structure.
                var footerLength = Math.Clamp(BitConverter.ToInt32(bytes, bytes.Length - 8), 1, bytes.Length - 8);
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    bytes[bytes.Length - 8 - random.Next(footerLength)] = (byte)random.Next(256);
                }
                return bytes;
            case 4:
                int[] lies = [0, -1, int.MaxValue, bytes.Length, bytes.Length - 7, random.Next()];
                BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8, 4), lies[random.Next(lies.Length)]);
                return bytes;
            default:
                var length = random.Next(1, Math.Min(64, bytes.Length));
                Array.Copy(original, random.Next(bytes.Length - length), bytes, random.Next(bytes.Length - length), length);
                return bytes;
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
