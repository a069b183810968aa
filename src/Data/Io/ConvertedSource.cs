using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.Data.Io;

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
