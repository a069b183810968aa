using System.Globalization;

namespace Attendance.Scheduler.Solving;

/// <summary>
/// Every check that must pass before a <see cref="MipProblem"/> may reach CBC. CBC trusts its input:
/// an out-of-range row index is a wild memory access, a NaN bound derails the simplex, and some
/// malformed calls end in <c>abort()</c>. Each failure names the array and the index.
/// </summary>
internal static class MipProblemValidator
{
    /// <summary>Longest column name accepted; MPS writers and readers handle far less in fixed format.</summary>
    public const int MaxNameLength = 255;

    public static void Validate(MipProblem problem)
    {
        ValidateLengths(problem);
        ValidateMatrix(problem);
        ValidateFinite(problem.Objective, "objective");
        ValidateBounds(problem.ColumnLower, problem.ColumnUpper, "columnLower", "columnUpper", "column");
        ValidateBounds(problem.RowLower, problem.RowUpper, "rowLower", "rowUpper", "row");
        if (problem.ColumnNames is { } names)
        {
            ValidateNames(names);
        }
    }

    private static void ValidateLengths(MipProblem problem)
    {
        var columns = problem.ColumnCount;
        if (columns == 0)
        {
            throw Invalid("objective", $"The problem has no columns; objective must have at least one entry.");
        }

        RequireLength(problem.ColumnLower.Length, columns, "columnLower", "one entry per column (objective)");
        RequireLength(problem.ColumnUpper.Length, columns, "columnUpper", "one entry per column (objective)");
        RequireLength(problem.IsInteger.Length, columns, "isInteger", "one entry per column (objective)");
        RequireLength(problem.ColumnStarts.Length, columns + 1, "columnStarts", "column count + 1 entries");
        RequireLength(problem.RowIndices.Length, problem.Values.Length, "rowIndices", "one entry per value");
        RequireLength(problem.RowUpper.Length, problem.RowCount, "rowUpper", "one entry per row (rowLower)");
        if (problem.ColumnNames is { } names)
        {
            RequireLength(names.Count, columns, "columnNames", "one entry per column (objective)");
        }
    }

    private static void RequireLength(int actual, int expected, string parameter, string rule)
    {
        if (actual != expected)
        {
            throw Invalid(parameter, $"{parameter} has {actual} entries but must have {rule}: {expected}.");
        }
    }

    private static void ValidateMatrix(MipProblem problem)
    {
        var starts = problem.ColumnStarts;
        var rows = problem.RowIndices;
        var nonZeros = problem.Values.Length;
        if (starts[0] != 0)
        {
            throw Invalid("columnStarts", $"columnStarts[0] is {starts[0]} but must be 0.");
        }

        // Monotone and ending at nnz before any index is read: then every start is within [0, nnz].
        for (var j = 0; j < problem.ColumnCount; j++)
        {
            if (starts[j + 1] < starts[j])
            {
                throw Invalid(
                    "columnStarts",
                    $"columnStarts must not decrease, but columnStarts[{j + 1}] = {starts[j + 1]} < columnStarts[{j}] = {starts[j]}.");
            }
        }

        if (starts[^1] != nonZeros)
        {
            throw Invalid("columnStarts", $"columnStarts[{starts.Length - 1}] is {starts[^1]} but must equal the number of values, {nonZeros}.");
        }

        // lastColumnOfRow[i] = 1 + the last column seen with a non-zero in row i: finds duplicates in O(nnz).
        var lastColumnOfRow = new int[problem.RowCount];
        for (var j = 0; j < problem.ColumnCount; j++)
        {
            for (var k = starts[j]; k < starts[j + 1]; k++)
            {
                var row = rows[k];
                if ((uint)row >= (uint)problem.RowCount)
                {
                    throw Invalid("rowIndices", $"rowIndices[{k}] (column {j}) is {row}, outside the {problem.RowCount} rows [0, {problem.RowCount}).");
                }

                if (lastColumnOfRow[row] == j + 1)
                {
                    throw Invalid("rowIndices", $"rowIndices[{k}]: column {j} has row {row} more than once.");
                }

                lastColumnOfRow[row] = j + 1;
            }
        }

        ValidateFinite(problem.Values, "values");
    }

    private static void ValidateFinite(ReadOnlySpan<double> numbers, string parameter)
    {
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!double.IsFinite(numbers[i]))
            {
                throw Invalid(parameter, $"{parameter}[{i}] is {numbers[i]} but must be finite.");
            }
        }
    }

    private static void ValidateBounds(
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, string lowerName, string upperName, string what)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            if (double.IsNaN(lower[i]) || double.IsPositiveInfinity(lower[i]))
            {
                throw Invalid(lowerName, $"{lowerName}[{i}] is {lower[i]}; a lower bound must be a number below +∞.");
            }

            if (double.IsNaN(upper[i]) || double.IsNegativeInfinity(upper[i]))
            {
                throw Invalid(upperName, $"{upperName}[{i}] is {upper[i]}; an upper bound must be a number above −∞.");
            }

            if (lower[i] > upper[i])
            {
                throw Invalid(lowerName, $"{what} {i} has lower bound {lower[i]} above its upper bound {upper[i]}.");
            }
        }
    }

    private static void ValidateNames(IReadOnlyList<string> names)
    {
        var seen = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var j = 0; j < names.Count; j++)
        {
            var name = names[j];
            if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
            {
                throw Invalid("columnNames", $"columnNames[{j}] must have 1 to {MaxNameLength} characters.");
            }

            foreach (var c in name)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    throw Invalid("columnNames", $"columnNames[{j}] \"{name}\" contains whitespace or a control character, which MPS files cannot carry.");
                }
            }

            if (!seen.TryAdd(name, j))
            {
                throw Invalid("columnNames", $"columnNames[{j}] \"{name}\" repeats columnNames[{seen[name]}].");
            }
        }
    }

    /// <summary>The parameter is the <see cref="MipProblem"/> constructor's, which is what the caller passed.</summary>
    private static ArgumentException Invalid(string parameter, FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture), parameter);
}
