using Attendance.Data.Contract;

namespace Attendance.Data.Batches;

/// <summary>An <c>x_*</c> column the contract does not name, kept as it is (strings as categories).</summary>
/// <param name="Name">Column name, starting with <c>x_</c>.</param>
/// <param name="Type">Bool, Int64 (any integer), Double (float or double), String or Timestamp.</param>
/// <param name="Data">The values; a <see cref="DataColumn{T}"/> of the type's element type.</param>
public sealed record ExtraColumn(string Name, FieldType Type, DataColumn Data);
