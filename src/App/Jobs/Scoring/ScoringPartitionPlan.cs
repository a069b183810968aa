namespace Attendance.App.Jobs.Scoring;

/// <summary>
/// Splits a day's bookings into partitions of whole departments. The flag rules decide per department
/// and day and the sessions nest inside departments, so a department-day is never split and every
/// partition flags exactly what one run over all bookings would. Balanced and deterministic: departments
/// by bookings descending (then name), each to the partition with the fewest bookings so far (then the
/// lowest number); never more partitions than departments, and at least one.
/// </summary>
internal static class ScoringPartitionPlan
{
    /// <param name="bookingsPerDepartment">Bookings per department (the null key: bookings without one, as <see cref="NullDepartment"/>).</param>
    /// <param name="partitions">The most partitions wanted.</param>
    /// <returns>Per partition its departments (ordinal order) and bookings.</returns>
    public static IReadOnlyList<(IReadOnlyList<string?> Departments, long Bookings)> Assign(IReadOnlyDictionary<string, long> bookingsPerDepartment, int partitions)
    {
        ArgumentNullException.ThrowIfNull(bookingsPerDepartment);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var count = Math.Max(1, Math.Min(partitions, bookingsPerDepartment.Count));
        var parts = Enumerable.Range(0, count).Select(_ => (Departments: new List<string?>(), Bookings: 0L)).ToArray();
        foreach (var (department, bookings) in bookingsPerDepartment.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var least = 0;
            for (var p = 1; p < count; p++)
            {
                least = parts[p].Bookings < parts[least].Bookings ? p : least;
            }
            parts[least].Departments.Add(department == NullDepartment ? null : department);
            parts[least].Bookings += bookings;
        }
        return [.. parts.Select(part => ((IReadOnlyList<string?>)[.. part.Departments.Order(StringComparer.Ordinal)], part.Bookings))];
    }

    /// <summary>The dictionary key standing for "no department" (a name no extract uses: it is not printable text).</summary>
    public const string NullDepartment = "\0";
}
