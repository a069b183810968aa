namespace Attendance.Data.Validation;

/// <summary>One row group's values of an identifier column, re-read to confirm a fingerprint repeat.</summary>
/// <param name="Path">The file.</param>
/// <param name="FirstRow">Zero-based row of <paramref name="Values"/>[0] in the file.</param>
/// <param name="Values">The values (may be longer than <paramref name="Count"/>; reused between chunks).</param>
/// <param name="Count">Rows of this chunk.</param>
internal readonly record struct IdChunk(string Path, long FirstRow, string?[] Values, int Count);
