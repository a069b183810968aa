namespace Attendance.Parquet.Fuzzing;

/// <summary>Outcome counts of a mutation run; <see cref="Unexpected"/> lists anything but success or a clean rejection.</summary>
internal sealed record FuzzResult(
    int Mutations,
    int Succeeded,
    int FormatErrors,
    int NotSupported,
    IReadOnlyList<string> Unexpected,
    TimeSpan Slowest)
{
    public bool Clean => Unexpected.Count == 0;
}
