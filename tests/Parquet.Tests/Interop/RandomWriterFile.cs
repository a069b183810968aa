using System.Globalization;

namespace Attendance.Parquet.Tests.Interop;

/// <summary>
/// A seeded random file of our writer: 1–6 columns of random value types, nullability and null
/// share (none, some, half, all), cardinality (one value, a few, all different), and random row
/// count, row-group size, page size, dictionary limit, codec, page version and batch sizes — the
/// corners a fixed matrix misses (0 or 1 rows, one-row row groups, one-value pages, empty dictionaries).
/// </summary>
internal sealed class RandomWriterFile
{
    private static readonly int[] RowCounts = [0, 1, 2, 7, 100, 999, 1000, 1001, 2500];
    private static readonly string[] Characters = ["a", "Z", "0", " ", ",", "\"", "\n", "æ", "Ø", "€", "😀", "中"];

    private RandomWriterFile(string path, int rows, ParquetWriterOptions options, IReadOnlyList<MatrixColumn> columns, int seed)
    {
        Path = path;
        Rows = rows;
        Options = options;
        Columns = columns;
        Seed = seed;
    }

    public string Path { get; }

    public int Rows { get; }

    public ParquetWriterOptions Options { get; }

    public IReadOnlyList<MatrixColumn> Columns { get; }

    public int Seed { get; }

    public static RandomWriterFile Create(string directory, int seed)
    {
        var random = new Random(seed);
        var rows = Pick(random, RowCounts);
        var options = new ParquetWriterOptions
        {
            Compression = Pick(random, Enum.GetValues<ParquetCompression>()),
            DataPageVersion = random.Next(1, 3),
            Dictionary = random.Next(3) > 0,
            RowGroupRows = Pick<int>(random, rows <= 100 ? [1, 3, 100, 1_000_000] : [10, 333, 1000, 1_000_000]),
            PageBytes = Pick(random, [1, 100, 4096, 1 << 20]),
            DictionaryMaxBytes = Pick(random, [0, 64, 1 << 20]),
        };
        var columns = Enumerable.Range(0, random.Next(1, 7)).Select(i => RandomColumn($"c{i}", random, rows)).ToList();
        var file = new RandomWriterFile(System.IO.Path.Combine(directory, $"random-{seed}.parquet"), rows, options, columns, seed);
        WriterMatrix.Write(file.Path, columns, rows, options, left => random.Next(1, left + 1));
        return file;
    }

    public override string ToString() =>
        FormattableString.Invariant($"random file seed {Seed} ({Rows} rows, {Options.Compression}, v{Options.DataPageVersion}, dictionary {Options.Dictionary}, ") +
        FormattableString.Invariant($"row groups {Options.RowGroupRows}, pages {Options.PageBytes} B, dictionary max {Options.DictionaryMaxBytes} B; ") +
        string.Join(", ", Columns.Select(c => $"{c.Spec.Name} {c.Spec.Type}{(c.Spec.Nullable ? "?" : "")}")) + ")";

    private static MatrixColumn RandomColumn(string name, Random random, int rows)
    {
        var type = Pick(random, Enum.GetValues<ParquetValueType>());
        var nullable = random.Next(2) == 0;
        var nullShare = nullable ? Pick(random, [0.0, 0.05, 0.5, 1.0]) : 0.0;
        var cardinality = Pick(random, [1, 5, int.MaxValue]);
        var spec = new ParquetColumnSpec($"{name}_{type}".ToLowerInvariant(), type, nullable);
        var nulls = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < nullShare).ToArray();
        return type switch
        {
            ParquetValueType.Boolean => Make(spec, nulls, random, r => r.Next(2) == 1),
            ParquetValueType.Int32 => Make(spec, nulls, random, r => cardinality == int.MaxValue ? r.Next(int.MinValue, int.MaxValue) : r.Next(cardinality) - 2),
            ParquetValueType.Date => Make(spec, nulls, random, r => r.Next(-719_162, 2_932_897) / (cardinality == int.MaxValue ? 1 : 1_000_000)),
            ParquetValueType.Int64 => Make(spec, nulls, random, r => cardinality == int.MaxValue ? r.NextInt64(long.MinValue, long.MaxValue) : r.Next(cardinality) * 1_000_000_007L),
            ParquetValueType.Timestamp => Make(spec, nulls, random, r => r.NextInt64(-62_135_596_800_000_000, 253_402_300_800_000_000) / (cardinality == int.MaxValue ? 1 : 1_000_000_000_000_000)),
            ParquetValueType.Float => Make(spec, nulls, random, r => cardinality == int.MaxValue ? RandomFloat(r) : r.Next(cardinality) / 8f),
            ParquetValueType.Double => Make(spec, nulls, random, r => cardinality == int.MaxValue ? RandomDouble(r) : r.Next(cardinality) / 3.0),
            _ => Make(spec, nulls, random, r => cardinality == int.MaxValue ? RandomString(r) : "v" + r.Next(cardinality).ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static MatrixColumn<T> Make<T>(ParquetColumnSpec spec, bool[] nulls, Random random, Func<Random, T> next) =>
        new(spec, nulls.Select(_ => next(random)).ToArray(), nulls);

    private static float RandomFloat(Random random) => random.Next(20) switch
    {
        0 => Pick(random, [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, float.Epsilon, float.MaxValue]),
        _ => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30))),
    };

    private static double RandomDouble(Random random) => random.Next(20) switch
    {
        0 => Pick(random, [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0d, double.Epsilon, double.MaxValue]),
        _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)),
    };

    private static string RandomString(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pick(random, Characters)));

    private static T Pick<T>(Random random, T[] choices) => choices[random.Next(choices.Length)];
}
