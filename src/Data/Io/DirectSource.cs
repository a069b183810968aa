using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.Data.Io;

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
