using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>Maps <c>history</c> rows to <see cref="HistoryAppointment"/>: the booking columns plus the outcome.</summary>
public sealed class HistoryMapper : IRowMapper<HistoryAppointment>
{
    /// <summary>The shared instance.</summary>
    public static readonly HistoryMapper Instance = new();

    /// <inheritdoc/>
    public TableSchema Schema => Tables.History;

    /// <inheritdoc/>
    public HistoryAppointment Read(TableBatch batch, int row) =>
        new(BookingMapper.Instance.Read(batch, row), Cells.Enum<Outcome>(batch, Columns.Outcome, row)!.Value);

    /// <inheritdoc/>
    public void Write(TableBatch batch, int row, HistoryAppointment value) => BookingMapper.Instance.Write(batch, row, value);
}
