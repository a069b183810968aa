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
