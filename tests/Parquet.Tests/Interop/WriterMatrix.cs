using System.Globalization;

namespace Attendance.Parquet.Tests.Interop;

/// <summary>
/// The data our writer's interop matrix writes: every writer value type as a required and as a
/// nullable column (plus a nullable column without nulls, an all-null column and a high-cardinality
/// string column that outgrows the dictionary), with edge values first and seeded random values after.
/// </summary>
internal sealed class WriterMatrix
{
    public const int Rows = 2_500;
    public const int RowGroupRows = 1_000; // three row groups: 1000, 1000, 500
    public const int BatchRows = 700;      // batches straddle row-group boundaries

    private static readonly string[] EdgeStrings = ["", "a", "æøå ÆØÅ", "comma, \"quote\"", "line\nbreak", new string('x', 1000), "naïve ☃ 𝄞"];

    public WriterMatrix()
    {
        var random = new Random(20_240_229);
        Columns =
        [
            Column("bool_req", ParquetValueType.Boolean, false, random, r => r.Next(2) == 1, [true, false]),
            Column("bool_opt", ParquetValueType.Boolean, true, random, r => r.Next(3) == 0, [false, true]),
            Column("int_req", ParquetValueType.Int32, false, random, r => r.Next(-50, 50), [int.MinValue, int.MaxValue, 0, -1]),
            Column("int_opt", ParquetValueType.Int32, true, random, r => r.Next(), [int.MaxValue, int.MinValue]),
            Column("int_opt_no_nulls", ParquetValueType.Int32, true, random, r => r.Next(1000), [1], nullEvery: 0),
            // Nulls in the first row group only: a reused buffer must not carry its mask into the next.
            Column("int_nulls_first_group", ParquetValueType.Int32, true, random, r => r.Next(7), [], nullEvery: 2, nullRowsBefore: RowGroupRows),
            Column("long_req", ParquetValueType.Int64, false, random, r => r.NextInt64(-3, 3) * 1_000_000_007L, [long.MinValue, long.MaxValue, 0L]),
            Column("long_opt", ParquetValueType.Int64, true, random, r => r.NextInt64(), [long.MaxValue, -1L]),
            Column("float_req", ParquetValueType.Float, false, random, r => (float)r.Next(-8, 8) / 4,
                [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, float.Epsilon, float.MaxValue, float.MinValue, 0.1f]),
            Column("float_opt", ParquetValueType.Float, true, random, r => (float)(r.NextDouble() * 1e6 - 5e5), [1.5f]),
            Column("double_req", ParquetValueType.Double, false, random, r => r.NextDouble() * 2 - 1,
                [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0d, double.Epsilon, double.MaxValue, double.MinValue, 0.1, 1d / 3]),
            Column("double_opt", ParquetValueType.Double, true, random, r => r.Next(10) * 0.25, [-2.5]),
            Column("string_req", ParquetValueType.String, false, random, r => "visit-" + r.Next(40).ToString(CultureInfo.InvariantCulture), EdgeStrings),
            Column("string_opt", ParquetValueType.String, true, random, r => r.Next(3) switch { 0 => "attended", 1 => "no_show", _ => "" }, ["cancelled"]),
            Column<string>("string_unique", ParquetValueType.String, false, random, r => Guid.NewGuid().ToString() + new string('~', r.Next(300)), []),
            Column<string>("string_all_null", ParquetValueType.String, true, random, _ => null, [], nullEvery: 1),
            Column("date_req", ParquetValueType.Date, false, random, r => 19_000 + r.Next(400), [-719_162, 2_932_896, 0, -1]),
            Column("date_opt", ParquetValueType.Date, true, random, r => r.Next(-30_000, 30_000), [19_782]),
            Column("ts_req", ParquetValueType.Timestamp, false, random, r => 1_700_000_000_000_000 + r.NextInt64(1_000_000) * 60_000_000,
                [-62_135_596_800_000_000, 253_402_300_799_999_999, 0L, -1L, 1_711_850_399_123_456]),
            Column("ts_opt", ParquetValueType.Timestamp, true, random, r => r.NextInt64(-2_000_000_000_000_000, 2_000_000_000_000_000), [-14_182_939_876_544]),
        ];
    }

    public IReadOnlyList<MatrixColumn> Columns { get; }

    public IReadOnlyList<ParquetColumnSpec> Specs => Columns.Select(c => c.Spec).ToList();

    /// <summary>Writes the matrix with <paramref name="options"/>, in batches of <see cref="BatchRows"/>.</summary>
    public void Write(string path, ParquetWriterOptions options)
    {
        using var writer = new ParquetFileWriter(path, Specs, options);
        var batch = writer.CreateBatch(BatchRows);
        for (var start = 0; start < Rows; start += BatchRows)
        {
            batch.Clear();
            var count = Math.Min(BatchRows, Rows - start);
            for (var c = 0; c < Columns.Count; c++)
            {
                Columns[c].Fill(batch, c, start, count);
            }
            batch.Count = count;
            writer.Write(batch);
        }
        writer.Complete();
    }

    private static MatrixColumn<T> Column<T>(
        string name, ParquetValueType type, bool nullable, Random random, Func<Random, T?> next, T[] edges, int nullEvery = 5, int nullRowsBefore = Rows)
    {
        var values = new T?[Rows];
        var nulls = new bool[Rows];
        for (var row = 0; row < Rows; row++)
        {
            values[row] = row < edges.Length ? edges[row] : next(random);
            // Nulls at irregular rows (not a fixed stride), never on the edge values.
            nulls[row] = nullable && nullEvery > 0 && row >= edges.Length && row < nullRowsBefore && (nullEvery == 1 || random.Next(nullEvery) == 0);
        }
        return new MatrixColumn<T>(new ParquetColumnSpec(name, type, nullable), values, nulls);
    }
}
