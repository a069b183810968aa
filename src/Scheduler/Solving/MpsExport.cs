using Attendance.Scheduler.Cbc;

namespace Attendance.Scheduler.Solving;

/// <summary>Writes a problem as an MPS file with CBC's own writer, for cross-checks with the <c>cbc</c> command line.</summary>
public static class MpsExport
{
    /// <summary>
    /// Writes <paramref name="problem"/> to <c>basePath + ".mps.gz"</c> (CBC appends ".mps" itself and
    /// compresses in Debian's build; the <c>cbc</c> tool reads either). Returns the path written.
    /// </summary>
    /// <remarks>
    /// CBC's MPS writer drops the objective sense, and readers assume minimisation. A maximisation is
    /// therefore written as the equivalent minimisation of −c·x: the objective reported by a solver for the
    /// file is the negative of this problem's objective.
    /// </remarks>
    /// <returns>The path CBC wrote.</returns>
    public static string Write(MipProblem problem, string basePath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentException.ThrowIfNullOrEmpty(basePath);

        using var model = CbcModel.Load(problem.Maximize ? Negated(problem) : problem, logLevel: 0);
        if (problem.ColumnNames is { } names)
        {
            model.SetColumnNames(names);
        }

        return model.WriteMps(Path.GetFullPath(basePath));
    }

    private static MipProblem Negated(MipProblem problem)
    {
        var objective = problem.Objective.ToArray();
        for (var j = 0; j < objective.Length; j++)
        {
            objective[j] = -objective[j];
        }

        return new MipProblem(
            objective, problem.ColumnLower, problem.ColumnUpper, problem.IsInteger, problem.ColumnStarts,
            problem.RowIndices, problem.Values, problem.RowLower, problem.RowUpper, maximize: false, problem.ColumnNames);
    }
}
