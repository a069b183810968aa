using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.Data.Io;

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
