namespace Attendance.Data.VisitTypes;

/// <summary>One data row of visit-types.csv: a raw name, or a <c>*keyword*</c> rule when <see cref="IsKeyword"/>.</summary>
/// <param name="RawName">Raw name as written (for a keyword rule: the keyword, normalised, without stars).</param>
/// <param name="Family">Harmonised family.</param>
/// <param name="DurationMin">Default duration in minutes.</param>
/// <param name="IsKeyword">True for a keyword rule.</param>
/// <param name="Line">1-based line in the file, for error messages.</param>
internal sealed record VisitTypeRule(string RawName, string Family, int DurationMin, bool IsKeyword, int Line);
