namespace Attendance.Training.Registry;

/// <summary>One version of the registry with its headline metrics.</summary>
public sealed record RegistryEntry(string Version, string Directory, MetricsDocument Metrics, bool IsChampion);
