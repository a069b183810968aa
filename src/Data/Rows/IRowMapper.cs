using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>
/// The one mapping between a contract table's columns and its typed rows: the row path reads rows out of
/// the same <see cref="TableBatch"/> the columnar path hands to fast consumers, and writers fill batches from rows.
/// </summary>
/// <typeparam name="TRow">The row record.</typeparam>
public interface IRowMapper<TRow>
{
    /// <summary>The contract table.</summary>
    TableSchema Schema { get; }

    /// <summary>Row <paramref name="row"/> of the batch as a record (allocates).</summary>
    TRow Read(TableBatch batch, int row);

    /// <summary>Writes a record into row <paramref name="row"/> of a batch made for <see cref="Schema"/> (extras are not written).</summary>
    void Write(TableBatch batch, int row, TRow value);
}
