using Attendance.Parquet;
using Attendance.Scoring.Output;

namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Reads one partition's staged scores file row by row (a row group at a time, every column) and copies
/// rows into a <see cref="ParquetBatch"/> of the same columns. Knows the column types the scores file uses:
/// strings, UTC timestamps, doubles and booleans.
/// </summary>
internal sealed class ScoresCursor : IDisposable
{
    private readonly ParquetFileReader reader;
    private readonly object[] data;
    private int rowGroup = -1;
    private int row;
    private int rowsInGroup;

    public ScoresCursor(string path)
    {
        reader = ParquetFileReader.Open(path);
        Columns = [.. reader.Schema.Columns.Select(column => new ParquetColumnSpec(column.Name, TypeOf(column, path), column.IsOptional))];
        data = [.. Columns.Select(column => column.Type switch
        {
            ParquetValueType.String => (object)new ColumnData<string?>(),
            ParquetValueType.Timestamp => new ColumnData<long>(),
            ParquetValueType.Double => new ColumnData<double>(),
            _ => new ColumnData<bool>(),
        })];
        IdColumn = Columns.ToList().FindIndex(column => column.Name == ScoreColumns.AppointmentId);
        ProbabilityColumn = Columns.ToList().FindIndex(column => column.Name == ScoreColumns.NoShowProbability);
        if (IdColumn < 0 || ProbabilityColumn < 0)
        {
            throw new InvalidDataException($"{path}: not a scores file (no {ScoreColumns.AppointmentId} or {ScoreColumns.NoShowProbability})");
        }
    }

    public IReadOnlyList<ParquetColumnSpec> Columns { get; }

    public IReadOnlyDictionary<string, string> Metadata => reader.KeyValueMetadata;

    public int IdColumn { get; }

    public int ProbabilityColumn { get; }

    /// <summary>Whether rows are left.</summary>
    public bool HasNext
    {
        get
        {
            while (row == rowsInGroup)
            {
                if (rowGroup + 1 == reader.RowGroupCount)
                {
                    return false;
                }
                Load(++rowGroup);
            }
            return true;
        }
    }

    /// <summary>The next row's appointment id (call <see cref="HasNext"/> first).</summary>
    public string? NextId => ((ColumnData<string?>)data[IdColumn]).Values[row];

    /// <summary>Copies the next row into row <paramref name="at"/> of <paramref name="batch"/> and moves on; returns its probability.</summary>
    public double CopyNext(ParquetBatch batch, int at)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var c = 0; c < data.Length; c++)
        {
            var isNull = data[c] switch
            {
                ColumnData<string?> strings => Copy(strings, batch.Values<string?>(c), at),
                ColumnData<long> longs => Copy(longs, batch.Values<long>(c), at),
                ColumnData<double> doubles => Copy(doubles, batch.Values<double>(c), at),
                _ => Copy((ColumnData<bool>)data[c], batch.Values<bool>(c), at),
            };
            if (Columns[c].Nullable)
            {
                batch.Nulls(c)[at] = isNull;
            }
        }
        var probability = ((ColumnData<double>)data[ProbabilityColumn]).Values[row];
        row++;
        return probability;
    }

    public void Dispose() => reader.Dispose();

    private bool Copy<T>(ColumnData<T> from, Span<T> to, int at)
    {
        to[at] = from.Values[row];
        return from.Nulls is { } nulls && nulls[row];
    }

    private void Load(int group)
    {
        foreach (var (column, into) in Columns.Zip(data))
        {
            switch (into)
            {
                case ColumnData<string?> strings: reader.ReadColumn(group, column.Name, strings); break;
                case ColumnData<long> longs: reader.ReadColumn(group, column.Name, longs); break;
                case ColumnData<double> doubles: reader.ReadColumn(group, column.Name, doubles); break;
                default: reader.ReadColumn(group, column.Name, (ColumnData<bool>)into); break;
            }
        }
        row = 0;
        rowsInGroup = (int)reader.GetRowGroupRowCount(group);
    }

    private static ParquetValueType TypeOf(ParquetColumn column, string path) => column.PhysicalType switch
    {
        PhysicalType.ByteArray => ParquetValueType.String,
        PhysicalType.Int64 when column.LogicalType?.Kind == LogicalTypeKind.Timestamp => ParquetValueType.Timestamp,
        PhysicalType.Double => ParquetValueType.Double,
        PhysicalType.Boolean => ParquetValueType.Boolean,
        _ => throw new InvalidDataException($"{path}, column {column.Name}: {column.PhysicalType} is not a scores column type"),
    };
}
