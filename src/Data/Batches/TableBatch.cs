using Attendance.Data.Contract;

namespace Attendance.Data.Batches;

/// <summary>
/// A block of rows of one contract table, stored by column: the columnar path for fast consumers (training,
/// scoring) and the source of the row path (see the <c>*Rows</c> mappers in Attendance.Data.Rows). A reader
/// yields one batch per Parquet row group and may reuse it for the next one: copy what you keep.
/// </summary>
public sealed class TableBatch
{
    private readonly DataColumn?[] _columns;
    private readonly List<ExtraColumn> _extras = [];

    /// <summary>An empty batch with every contract column of <paramref name="schema"/> allocated (for writing).</summary>
    public TableBatch(TableSchema schema, int capacity)
        : this(schema)
    {
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            _columns[i] = DataColumn.Create(schema.Fields[i].Type, capacity);
        }
        Capacity = capacity;
    }

    private TableBatch(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _columns = new DataColumn?[schema.Fields.Count];
    }

    /// <summary>The contract table.</summary>
    public TableSchema Schema { get; }

    /// <summary>Rows in the batch.</summary>
    public int Count { get; set; }

    /// <summary>Rows the batch's columns can hold.</summary>
    public int Capacity { get; private set; }

    /// <summary>The file the rows came from (empty for generated batches).</summary>
    public string SourcePath { get; internal set; } = "";

    /// <summary>0-based index, within <see cref="SourcePath"/>, of the batch's first row.</summary>
    public long FirstRow { get; internal set; }

    /// <summary>The <c>x_*</c> columns of the source file, in file order.</summary>
    public IReadOnlyList<ExtraColumn> Extras => _extras;

    /// <summary>True when the source has the contract column (optional columns may be absent).</summary>
    public bool Has(string column) => Schema.IndexOf(column) is >= 0 and var i && _columns[i] is not null;

    /// <summary>A contract column, or null when the source does not have this optional column.</summary>
    /// <exception cref="ArgumentException">The contract has no such column, or <typeparamref name="T"/> is not its element type.</exception>
    public DataColumn<T>? Find<T>(string column)
    {
        var i = Schema.IndexOf(column);
        if (i < 0)
        {
            throw new ArgumentException($"table {Schema.Name} has no column {column}", nameof(column));
        }
        return _columns[i] switch
        {
            null => null,
            DataColumn<T> typed => typed,
            var other => throw new ArgumentException(
                $"column {column} holds {DataColumn.ElementType(other.Type).Name}, not {typeof(T).Name}", nameof(column)),
        };
    }

    /// <summary>A contract column that must be present (required columns always are).</summary>
    public DataColumn<T> Get<T>(string column) =>
        Find<T>(column) ?? throw new InvalidOperationException($"{SourcePath}: column {column} is not present");

    /// <summary>The extra values of one row (row path; allocates).</summary>
    public ExtraValues ExtraValuesAt(int row)
    {
        if (_extras.Count == 0)
        {
            return ExtraValues.Empty;
        }
        var values = new object?[_extras.Count];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = _extras[k].Data.GetBoxed(row);
        }
        return new ExtraValues(ExtraNames, values);
    }

    private IReadOnlyList<string> ExtraNames => _extraNames ??= [.. _extras.Select(e => e.Name)];

    private IReadOnlyList<string>? _extraNames;

    /// <summary>A batch for reading: columns are attached by the reader.</summary>
    internal static TableBatch ForReading(TableSchema schema) => new(schema);

    internal void SetColumn(int field, DataColumn? column) => _columns[field] = column;

    internal DataColumn? ColumnAt(int field) => _columns[field];

    internal void SetExtras(IEnumerable<ExtraColumn> extras)
    {
        _extras.Clear();
        _extras.AddRange(extras);
        _extraNames = null;
    }

    internal void GrowTo(int capacity)
    {
        if (capacity <= Capacity)
        {
            return;
        }
        foreach (var column in _columns)
        {
            column?.EnsureCapacity(capacity);
        }
        Capacity = capacity;
    }
}
