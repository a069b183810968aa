using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.Data.Io;

/// <summary>Fills one <see cref="DataColumn"/> of a batch from a row group of one file.</summary>
internal abstract class ColumnSource(FieldType type)
{
    /// <summary>The contract type the column is read as.</summary>
    public FieldType Type { get; } = type;

    /// <summary>The column the batch exposes; its storage is replaced by each <see cref="Load"/>.</summary>
    public abstract DataColumn Column { get; }

    /// <summary>Reads row group <paramref name="rowGroup"/> (<paramref name="rows"/> rows) into <see cref="Column"/>.</summary>
    /// <returns>-1, or the index of the first row whose value does not fit the contract type.</returns>
    public abstract int Load(ParquetFileReader reader, int rowGroup, int rows);
}

/// <summary>The decoded chunk is already of the contract's element type: its arrays are used as they are.</summary>
internal sealed class DirectSource<T>(string parquetColumn, FieldType type) : ColumnSource(type)
{
    private readonly ColumnData<T> _data = new();
    private readonly DataColumn<T> _column = (DataColumn<T>)DataColumn.Create(type, 0);

    public override DataColumn Column => _column;

    public override int Load(ParquetFileReader reader, int rowGroup, int rows)
    {
        reader.ReadColumn(rowGroup, parquetColumn, _data);
        _column.Attach(_data.Values, _data.Nulls);
        return -1;
    }
}

/// <summary>The chunk is decoded as <typeparamref name="TIn"/> and converted (INT64 to int32, integers to double, timestamps to dates).</summary>
internal sealed class ConvertedSource<TIn, TOut>(string parquetColumn, FieldType type, Conversion<TIn, TOut> conversion) : ColumnSource(type)
{
    private readonly ColumnData<TIn> _data = new();
    private readonly DataColumn<TOut> _column = (DataColumn<TOut>)DataColumn.Create(type, 0);
    private TOut[] _converted = [];

    public override DataColumn Column => _column;

    public override int Load(ParquetFileReader reader, int rowGroup, int rows)
    {
        reader.ReadColumn(rowGroup, parquetColumn, _data);
        if (_converted.Length < rows)
        {
            _converted = new TOut[rows];
        }
        var bad = conversion(_data.Span, _converted, _data.Nulls);
        _column.Attach(_converted, _data.Nulls);
        return bad;
    }
}

/// <summary>A hive partition key standing in for a string column the file lacks: the same value on every row.</summary>
internal sealed class ConstantSource(string? value) : ColumnSource(FieldType.String)
{
    private readonly DataColumn<string?> _column = (DataColumn<string?>)DataColumn.Create(FieldType.String, 0);
    private string?[] _values = [];
    private bool[]? _nulls;

    public override DataColumn Column => _column;

    public override int Load(ParquetFileReader reader, int rowGroup, int rows)
    {
        if (_values.Length < rows)
        {
            _values = new string?[rows];
            Array.Fill(_values, value);
            _nulls = value is null ? new bool[rows] : null;
            if (_nulls is not null)
            {
                Array.Fill(_nulls, true);
            }
        }
        _column.Attach(_values, _nulls);
        return -1;
    }
}
