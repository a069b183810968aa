namespace Attendance.Scheduler.Solving;

/// <summary>
/// A mixed-integer linear programme in column (compressed sparse column) form, free of any domain
/// meaning: minimise (or maximise) <c>c·x</c> subject to <c>rowLower ≤ A·x ≤ rowUpper</c>,
/// <c>columnLower ≤ x ≤ columnUpper</c> and <c>x_j</c> integral where flagged.
/// </summary>
/// <remarks>
/// Invariant: every instance has passed <see cref="MipProblemValidator"/> and holds private copies of
/// its arrays, so nothing a caller changes afterwards can reach the native solver unvalidated (CBC
/// does not check indices and calls <c>abort()</c> on some malformed input).
/// Infinite bounds are written as <see cref="double.PositiveInfinity"/> / <see cref="double.NegativeInfinity"/>.
/// </remarks>
public sealed class MipProblem
{
    private readonly double[] _objective;
    private readonly double[] _columnLower;
    private readonly double[] _columnUpper;
    private readonly bool[] _isInteger;
    private readonly int[] _columnStarts;
    private readonly int[] _rowIndices;
    private readonly double[] _values;
    private readonly double[] _rowLower;
    private readonly double[] _rowUpper;
    private readonly string[]? _columnNames;

    /// <summary>Validates and copies a problem; see the class remarks for the meaning of each array.</summary>
    /// <param name="objective">Objective coefficient per column (finite).</param>
    /// <param name="columnLower">Lower bound per column (may be −∞, not NaN, not +∞).</param>
    /// <param name="columnUpper">Upper bound per column (may be +∞, not NaN, not −∞), at least the lower bound.</param>
    /// <param name="isInteger">Integrality flag per column.</param>
    /// <param name="columnStarts">ColumnCount + 1 offsets into <paramref name="rowIndices"/>: starts at 0, never decreases, ends at the non-zero count.</param>
    /// <param name="rowIndices">Row of each non-zero, within [0, RowCount), at most once per column.</param>
    /// <param name="values">Coefficient of each non-zero (finite).</param>
    /// <param name="rowLower">Lower bound per row (may be −∞).</param>
    /// <param name="rowUpper">Upper bound per row (may be +∞), at least the lower bound.</param>
    /// <param name="maximize">True to maximise the objective, false to minimise it.</param>
    /// <param name="columnNames">Optional unique column names (1–255 characters, no whitespace or control characters), used in MPS exports.</param>
    /// <exception cref="ArgumentException">Any array is inconsistent; the message names the array and the index.</exception>
    public MipProblem(
        ReadOnlySpan<double> objective,
        ReadOnlySpan<double> columnLower,
        ReadOnlySpan<double> columnUpper,
        ReadOnlySpan<bool> isInteger,
        ReadOnlySpan<int> columnStarts,
        ReadOnlySpan<int> rowIndices,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> rowLower,
        ReadOnlySpan<double> rowUpper,
        bool maximize = false,
        IReadOnlyList<string>? columnNames = null)
    {
        _objective = objective.ToArray();
        _columnLower = columnLower.ToArray();
        _columnUpper = columnUpper.ToArray();
        _isInteger = isInteger.ToArray();
        _columnStarts = columnStarts.ToArray();
        _rowIndices = rowIndices.ToArray();
        _values = values.ToArray();
        _rowLower = rowLower.ToArray();
        _rowUpper = rowUpper.ToArray();
        _columnNames = columnNames?.ToArray();
        Maximize = maximize;

        // Validate the copies, not the caller's spans: the caller may still be writing to those.
        MipProblemValidator.Validate(this);
        IntegerCount = _isInteger.Count(static flag => flag);
    }

    /// <summary>Number of columns (variables).</summary>
    public int ColumnCount => _objective.Length;

    /// <summary>Number of rows (constraints).</summary>
    public int RowCount => _rowLower.Length;

    /// <summary>Number of stored constraint coefficients.</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>Number of columns flagged integral.</summary>
    public int IntegerCount { get; }

    /// <summary>True to maximise, false to minimise.</summary>
    public bool Maximize { get; }

    /// <summary>Objective coefficient per column.</summary>
    public ReadOnlySpan<double> Objective => _objective;

    /// <summary>Lower bound per column.</summary>
    public ReadOnlySpan<double> ColumnLower => _columnLower;

    /// <summary>Upper bound per column.</summary>
    public ReadOnlySpan<double> ColumnUpper => _columnUpper;

    /// <summary>Integrality flag per column.</summary>
    public ReadOnlySpan<bool> IsInteger => _isInteger;

    /// <summary>ColumnCount + 1 offsets into <see cref="RowIndices"/> and <see cref="Values"/>.</summary>
    public ReadOnlySpan<int> ColumnStarts => _columnStarts;

    /// <summary>Row of each non-zero.</summary>
    public ReadOnlySpan<int> RowIndices => _rowIndices;

    /// <summary>Coefficient of each non-zero.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Lower bound per row.</summary>
    public ReadOnlySpan<double> RowLower => _rowLower;

    /// <summary>Upper bound per row.</summary>
    public ReadOnlySpan<double> RowUpper => _rowUpper;

    /// <summary>Column names, or null when the problem has none.</summary>
    public IReadOnlyList<string>? ColumnNames => _columnNames;

    /// <summary>The objective value <c>c·x</c> of a solution vector.</summary>
    /// <exception cref="ArgumentException">The vector does not have one entry per column.</exception>
    public double ObjectiveValue(ReadOnlySpan<double> solution)
    {
        if (solution.Length != ColumnCount)
        {
            throw new ArgumentException(
                $"The solution has {solution.Length} entries but the problem has {ColumnCount} columns.", nameof(solution));
        }

        var sum = 0.0;
        for (var j = 0; j < solution.Length; j++)
        {
            sum += _objective[j] * solution[j];
        }

        return sum;
    }
}
