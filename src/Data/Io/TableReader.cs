using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Rows;
using Attendance.Data.Validation;
using Attendance.Parquet;

namespace Attendance.Data.Io;

/// <summary>
/// Reads one contract table from a Parquet file or folder, row group by row group, validating as it goes.
/// <see cref="ReadBatches"/> is the columnar path (one reused <see cref="TableBatch"/> per row group);
/// <see cref="ReadRows{TRow}"/> the row path over the same batches. Every violation is a
/// <see cref="DataContractException"/> naming file, column and row; <see cref="Report"/> holds the rest.
/// A projected reader (<see cref="TableReadOptions.Columns"/>) validates only the columns it reads.
/// </summary>
public sealed class TableReader
{
    private readonly List<(string Name, FieldType Type)> _extraColumns = [];
    private readonly HashSet<string>? _reads;

    private TableReader(TableSchema schema, IReadOnlyList<TableFile> files, TableReadOptions options)
    {
        Schema = schema;
        Files = files;
        Options = options;
        Report = new ValidationReport(schema.Name);
        if (options.Columns is { } columns)
        {
            foreach (var name in columns.Where(c => schema.IndexOf(c) < 0 && !c.StartsWith(Columns.ExtraPrefix, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"table {schema.Name} has no column {name} to read", nameof(options));
            }
            _reads = new HashSet<string>(columns, StringComparer.Ordinal);
            if (options.CheckDuplicateIds)
            {
                _reads.UnionWith(schema.Fields.Where(f => f.Unique).Select(f => f.Name));
            }
        }
    }

    public TableSchema Schema { get; }

    /// <summary>What is read and checked.</summary>
    public TableReadOptions Options { get; }

    public IReadOnlyList<TableFile> Files { get; }

    /// <summary>Rows in all files, from their footers (known before reading, e.g. to size arrays).</summary>
    public long RowCount { get; private set; }

    /// <summary>The <c>x_*</c> columns of all files that are read (first-seen order) and the type each is kept as.</summary>
    public IReadOnlyList<(string Name, FieldType Type)> ExtraColumns => _extraColumns;

    /// <summary>Counts and notes of the last (or current) enumeration.</summary>
    public ValidationReport Report { get; private set; }

    /// <summary>Finds the table's files and checks every file's schema (missing and mistyped columns fail here, before any data is read).</summary>
    /// <param name="path">A Parquet file or a folder of them.</param>
    /// <param name="schema">The contract table.</param>
    /// <param name="options">Projection and checks; null reads and checks everything.</param>
    /// <exception cref="DataContractException">The path holds no Parquet file, a file is not Parquet, or a schema breaks the contract.</exception>
    /// <exception cref="ArgumentException">The projection names a column the table does not have.</exception>
    public static TableReader Open(string path, TableSchema schema, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var reader = new TableReader(schema, TableFile.Resolve(path), options ?? TableReadOptions.All);
        foreach (var file in reader.Files)
        {
            using var parquet = OpenFile(file.Path);
            var plan = FilePlan.Build(schema, file, parquet.Schema, reader._reads);
            reader.RowCount += parquet.RowCount;
            foreach (var (name, source) in plan.Extras)
            {
                var known = reader._extraColumns.FindIndex(e => e.Name == name);
                if (known < 0)
                {
                    reader._extraColumns.Add((name, source.Type));
                }
                else if (reader._extraColumns[known].Type != source.Type)
                {
                    throw new DataContractException(DataContractError.WrongType, file.Path, name, null,
                        $"kept as {source.Type} here but as {reader._extraColumns[known].Type} in an earlier file");
                }
            }
        }
        return reader;
    }

    /// <summary>
    /// The table's rows as batches, one per row group. The batch and its arrays are reused for the next row
    /// group: copy what you keep. Each enumeration reads and validates anew; a repeated identifier is reported
    /// after the last batch (the enumeration's end), other violations at the batch that holds them.
    /// </summary>
    public IEnumerable<TableBatch> ReadBatches(CancellationToken cancellationToken = default)
    {
        Report = new ValidationReport(Schema.Name);
        var validator = new BatchValidator(Schema, Report, Options, RowCount);
        var batch = TableBatch.ForReading(Schema);
        foreach (var file in Files)
        {
            using var parquet = OpenFile(file.Path);
            var plan = FilePlan.Build(Schema, file, parquet.Schema, _reads);
            Report.AddFile(file.Path, plan.Ignored);
            for (var f = 0; f < plan.Fields.Length; f++)
            {
                batch.SetColumn(f, plan.Fields[f]?.Column);
            }
            batch.SetExtras(plan.Extras.Select(e => new ExtraColumn(e.Name, e.Source.Type, e.Source.Column)));
            batch.SourcePath = file.Path;
            long firstRow = 0;
            for (var rowGroup = 0; rowGroup < parquet.RowGroupCount; rowGroup++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rows = checked((int)parquet.GetRowGroupRowCount(rowGroup));
                Load(parquet, file.Path, rowGroup, rows, firstRow, plan);
                batch.Count = rows;
                batch.FirstRow = firstRow;
                validator.Validate(batch);
                yield return batch;
                firstRow += rows;
            }
        }
        validator.Complete(ReadIds);
    }

    /// <summary>The table's rows as records (allocates per row; use <see cref="ReadBatches"/> on hot paths).</summary>
    public IEnumerable<TRow> ReadRows<TRow>(IRowMapper<TRow> mapper, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        if (mapper.Schema != Schema)
        {
            throw new ArgumentException($"the mapper is for table {mapper.Schema.Name}, the reader for {Schema.Name}", nameof(mapper));
        }
        foreach (var batch in ReadBatches(cancellationToken))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                yield return mapper.Read(batch, i);
            }
        }
    }

    /// <summary>
    /// One identifier column of every file again, row group by row group: the exact confirmation behind a
    /// fingerprint repeat, so it runs about once per 10¹² pairs of distinct identifiers, or once for a true duplicate.
    /// </summary>
    private IEnumerable<IdChunk> ReadIds(string column)
    {
        var only = new HashSet<string>(StringComparer.Ordinal) { column };
        var field = Schema.IndexOf(column);
        foreach (var file in Files)
        {
            using var parquet = OpenFile(file.Path);
            var source = FilePlan.Build(Schema, file, parquet.Schema, only).Fields[field];
            long firstRow = 0;
            for (var g = 0; g < parquet.RowGroupCount && source is not null; g++)
            {
                var rows = checked((int)parquet.GetRowGroupRowCount(g));
                LoadOne(parquet, file.Path, g, rows, firstRow, column, source);
                yield return new IdChunk(file.Path, firstRow, ((DataColumn<string?>)source.Column).Values, rows);
                firstRow += rows;
            }
        }
    }

    private void Load(ParquetFileReader parquet, string path, int rowGroup, int rows, long firstRow, FilePlan plan)
    {
        for (var f = 0; f < plan.Fields.Length; f++)
        {
            if (plan.Fields[f] is { } source)
            {
                LoadOne(parquet, path, rowGroup, rows, firstRow, Schema.Fields[f].Name, source);
            }
        }
        foreach (var (name, source) in plan.Extras)
        {
            LoadOne(parquet, path, rowGroup, rows, firstRow, name, source);
        }
    }

    private static void LoadOne(ParquetFileReader parquet, string path, int rowGroup, int rows, long firstRow, string column, ColumnSource source)
    {
        int bad;
        try
        {
            bad = source.Load(parquet, rowGroup, rows);
        }
        catch (ParquetFormatException e)
        {
            throw new DataContractException(DataContractError.UnreadableFile, path, column, null, $"not readable: {e.Message}", e);
        }
        if (bad >= 0)
        {
            throw new DataContractException(DataContractError.OutOfRange, path, column, firstRow + bad + 1, "value does not fit a 32-bit integer");
        }
    }

    private static ParquetFileReader OpenFile(string path)
    {
        try
        {
            return ParquetFileReader.Open(path);
        }
        catch (Exception e) when (e is ParquetFormatException or IOException or UnauthorizedAccessException)
        {
            throw new DataContractException(DataContractError.UnreadableFile, path, null, null, $"not a readable Parquet file: {e.Message}", e);
        }
    }
}
