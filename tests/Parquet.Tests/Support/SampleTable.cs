namespace Attendance.Parquet.Tests.Support;

/// <summary>
/// A deterministic table covering every writer value type, with nulls in the nullable columns,
/// low-cardinality and unique values, non-ASCII text, NaN/-0.0 and extreme integers.
/// </summary>
public sealed class SampleTable
{
    public static readonly ParquetColumnSpec[] Columns =
    [
        new("id", ParquetValueType.Int64, Nullable: false),
        new("flag", ParquetValueType.Boolean, Nullable: true),
        new("count", ParquetValueType.Int32, Nullable: true),
        new("ratio", ParquetValueType.Float, Nullable: false),
        new("score", ParquetValueType.Double, Nullable: true),
        new("site", ParquetValueType.String, Nullable: true),
        new("note", ParquetValueType.String, Nullable: false),
        new("day", ParquetValueType.Date, Nullable: true),
        new("start_at", ParquetValueType.Timestamp, Nullable: true),
    ];

    private static readonly string[] Sites = ["Aarhus", "Odense", "Ålborg", "Københaven", "Næstved"];

    public SampleTable(int rows)
    {
        Rows = rows;
        Id = new long[rows];
        Flag = new bool?[rows];
        Count = new int?[rows];
        Ratio = new float[rows];
        Score = new double?[rows];
        Site = new string?[rows];
        Note = new string[rows];
        Day = new int?[rows];
        StartAt = new long?[rows];
        for (var i = 0; i < rows; i++)
        {
            Id[i] = i == 1 ? long.MinValue : i == 2 ? long.MaxValue : 1_000_000_000_000L + i;
            Flag[i] = i % 7 == 0 ? null : i % 3 == 0;
            Count[i] = i % 5 == 0 ? null : i == 3 ? int.MinValue : (i * 31) % 17;
            Ratio[i] = i == 4 ? float.NaN : i == 6 ? -0f : i * 0.25f;
            Score[i] = i % 10 == 9 ? null : i == 8 ? double.NegativeInfinity : Math.Sin(i);
            Site[i] = i % 11 == 0 ? null : Sites[i % Sites.Length];
            Note[i] = i % 13 == 0 ? string.Empty : $"note {i} 🙂";
            Day[i] = i % 4 == 0 ? null : 19_000 + (i % 400) - 200;
            StartAt[i] = i % 6 == 0 ? null : 1_700_000_000_000_000L + (i * 1_000_001L) - 3_000_000_000_000L;
        }
    }

    public int Rows { get; }

    public long[] Id { get; }

    public bool?[] Flag { get; }

    public int?[] Count { get; }

    public float[] Ratio { get; }

    public double?[] Score { get; }

    public string?[] Site { get; }

    public string[] Note { get; }

    public int?[] Day { get; }

    public long?[] StartAt { get; }

    /// <summary>Writes the table in batches of batchRows.</summary>
    public void Write(string path, ParquetWriterOptions options, int batchRows = 333)
    {
        using var writer = new ParquetFileWriter(path, Columns, options);
        var batch = writer.CreateBatch(batchRows);
        for (var start = 0; start < Rows; start += batchRows)
        {
            batch.Clear();
            var n = Math.Min(batchRows, Rows - start);
            for (var j = 0; j < n; j++)
            {
                var i = start + j;
                batch.Values<long>(0)[j] = Id[i];
                Set(batch, 1, j, Flag[i]);
                Set(batch, 2, j, Count[i]);
                batch.Values<float>(3)[j] = Ratio[i];
                Set(batch, 4, j, Score[i]);
                batch.Values<string?>(5)[j] = Site[i];
                batch.Nulls(5)[j] = Site[i] is null;
                batch.Values<string?>(6)[j] = Note[i];
                Set(batch, 7, j, Day[i]);
                Set(batch, 8, j, StartAt[i]);
            }

            batch.Count = n;
            writer.Write(batch);
        }

        writer.Complete();
    }

    private static void Set<T>(ParquetBatch batch, int column, int row, T? value)
        where T : struct
    {
        batch.Values<T>(column)[row] = value.GetValueOrDefault();
        batch.Nulls(column)[row] = value is null;
    }
}
