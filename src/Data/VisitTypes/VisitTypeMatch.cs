namespace Attendance.Data.VisitTypes;

/// <summary>The harmonised family and default duration of a raw visit type name.</summary>
/// <param name="Family">Harmonised family, or <see cref="VisitTypeHarmoniser.UnknownFamily"/>.</param>
/// <param name="DurationMin">Default duration in minutes; null when unmapped.</param>
/// <param name="Resolution">Which rule found it.</param>
public readonly record struct VisitTypeMatch(string Family, int? DurationMin, VisitTypeResolution Resolution);
