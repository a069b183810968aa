namespace Attendance.Parquet.Encodings;

/// <summary>A byte array value as a slice of a page buffer (no copy until the caller asks for one).</summary>
internal readonly record struct ByteRange(int Start, int Length);
