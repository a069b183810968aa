using Attendance.Data.Batches;
using Attendance.Data.Contract;
using static Attendance.Data.Rows.Cells;

namespace Attendance.Data.Rows;

/// <summary>Maps <c>truth</c> rows to <see cref="TruthRow"/>.</summary>
public sealed class TruthMapper : IRowMapper<TruthRow>
{
    /// <summary>The shared instance.</summary>
    public static readonly TruthMapper Instance = new();

    /// <inheritdoc/>
    public TableSchema Schema => Tables.Truth;

    /// <inheritdoc/>
    public TruthRow Read(TableBatch batch, int row) =>
        new(Str(batch, Columns.AppointmentId, row)!, Val<double>(batch, Columns.NoShowProbability, row)!.Value);

    /// <inheritdoc/>
    public void Write(TableBatch batch, int row, TruthRow value)
    {
        ArgumentNullException.ThrowIfNull(value);
        SetStr(batch, Columns.AppointmentId, row, value.AppointmentId);
        SetVal<double>(batch, Columns.NoShowProbability, row, value.NoShowProbability);
    }
}
