using Attendance.Data.Batches;
using Attendance.Data.Rows;

namespace Attendance.Data.Generation;

/// <summary>Collects small tables (slots, waiting list, truth) row by row through their mapper and flushes full batches.</summary>
internal sealed class RowBuffer<TRow>(IRowMapper<TRow> mapper, IRegionSink sink, int capacity)
{
    private readonly TableBatch _batch = new(mapper.Schema, capacity);

    public void Add(TRow row)
    {
        mapper.Write(_batch, _batch.Count, row);
        _batch.Count++;
        if (_batch.Count == _batch.Capacity)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }
        sink.Write(_batch);
        _batch.Count = 0;
    }
}
