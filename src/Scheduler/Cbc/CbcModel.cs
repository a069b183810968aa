using System.Globalization;
using System.Runtime.InteropServices;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Cbc;

/// <summary>
/// One native CBC model loaded from a validated <see cref="MipProblem"/>. The only door to
/// <see cref="CbcNative"/>: pointers stay inside, results come out as managed values.
/// </summary>
/// <remarks>
/// CBC models cannot be reused after a solve; clone before solving when a second solve is needed.
/// </remarks>
internal sealed unsafe class CbcModel : IDisposable
{
    // CbcMain0 (inside Cbc_newModel) and CbcMain1 (behind Cbc_solve for integer problems) share
    // process-wide parser state (CbcOrClpRead_mode and friends; CBC's source says the calls are not
    // thread-safe). Measured: 64 parallel solves without this gate ended with status -1 (never run).
    private static readonly Lock CbcMainGate = new();

    private readonly CbcModelHandle _handle;
    private readonly int _columnCount;

    private CbcModel(CbcModelHandle handle, int columnCount)
    {
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new MipSolverException("CBC could not create a model (Cbc_newModel/Cbc_clone returned null).");
        }

        _handle = handle;
        _columnCount = columnCount;
    }

    /// <summary>The version string the loaded library reports, e.g. "2.10.8".</summary>
    public static string Version => Marshal.PtrToStringUTF8((nint)CbcNative.Cbc_getVersion()) ?? "";

    /// <summary>Builds the native model in one <c>Cbc_loadProblem</c> call (adding rows one by one is quadratic).</summary>
    public static CbcModel Load(MipProblem problem, int logLevel)
    {
        CbcModelHandle handle;
        lock (CbcMainGate)
        {
            handle = CbcNative.Cbc_newModel();
        }

        var model = new CbcModel(handle, problem.ColumnCount);
        try
        {
            // Log level on the model silences the LP path too; the "log" parameter only reaches CbcMain1.
            CbcNative.Cbc_setLogLevel(model._handle, logLevel);
            model.LoadColumns(problem);
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>An independent copy of this (unsolved) model.</summary>
    public CbcModel Clone() => new(CbcNative.Cbc_clone(_handle), _columnCount);

    /// <summary>Sets the CbcMain1 parameters for branch and bound; names checked against 2.10.8 (a typo only prints "No match").</summary>
    public void SetBranchAndBoundParameters(MipSolveOptions options, TimeSpan timeLimit)
    {
        SetParameter("log", Format(options.LogLevel));
        SetParameter("timeMode", "elapsed");
        SetParameter("seconds", Format(Math.Max(timeLimit.TotalSeconds, 0.001)));
        SetParameter("threads", Format(options.Threads));
        SetParameter("ratioGap", Format(options.RelativeGap));
        SetParameter("allowableGap", Format(options.AbsoluteGap));
        SetParameter("integerTolerance", Format(options.IntegralityTolerance));
    }

    /// <summary>Solves the LP relaxation only (integrality ignored) and says how it ended.</summary>
    public LpOutcome SolveRelaxation()
    {
        CbcNative.Cbc_setSolveRelax(_handle, 1);
        _ = CbcNative.Cbc_solve(_handle);

        // In relax mode CBC answers from the LP solver: "proven infeasible" there means primal OR dual
        // infeasible, so primal infeasibility is asked separately and the rest is unboundedness.
        if (CbcNative.Cbc_isInitialSolveProvenOptimal(_handle) != 0)
        {
            return LpOutcome.Optimal;
        }

        if (CbcNative.Cbc_isInitialSolveProvenPrimalInfeasible(_handle) != 0)
        {
            return LpOutcome.Infeasible;
        }

        return CbcNative.Cbc_isProvenInfeasible(_handle) != 0 && CbcNative.Cbc_isAbandoned(_handle) == 0
            ? LpOutcome.Unbounded
            : LpOutcome.Abandoned;
    }

    /// <summary>Copies the LP solution after <see cref="SolveRelaxation"/> returned <see cref="LpOutcome.Optimal"/>.</summary>
    public void CopyRelaxationSolution(Span<double> destination)
    {
        var solution = CbcNative.Cbc_getColSolution(_handle);
        if (solution is null)
        {
            throw new MipSolverException("CBC returned no LP solution although it reported the LP optimal.");
        }

        new ReadOnlySpan<double>(solution, _columnCount).CopyTo(destination);
    }

    /// <summary>Runs branch and bound (CbcMain1) and reports the state it ended in.</summary>
    /// <remarks>Serialised process-wide: CbcMain1 parses its arguments through globals.</remarks>
    public CbcBranchAndBoundState SolveBranchAndBound()
    {
        lock (CbcMainGate)
        {
            _ = CbcNative.Cbc_solve(_handle);
        }

        return new CbcBranchAndBoundState(
            Status: CbcNative.Cbc_status(_handle),
            SecondaryStatus: CbcNative.Cbc_secondaryStatus(_handle),
            ProvenOptimal: CbcNative.Cbc_isProvenOptimal(_handle) != 0,
            ProvenInfeasible: CbcNative.Cbc_isProvenInfeasible(_handle) != 0,
            ContinuousUnbounded: CbcNative.Cbc_isContinuousUnbounded(_handle) != 0,
            SecondsLimitReached: CbcNative.Cbc_isSecondsLimitReached(_handle) != 0,
            Abandoned: CbcNative.Cbc_isAbandoned(_handle) != 0,
            BestPossibleObjective: CbcNative.Cbc_getBestPossibleObjValue(_handle),
            NodeCount: CbcNative.Cbc_getNodeCount(_handle));
    }

    /// <summary>
    /// Copies the best integer solution from <c>Cbc_bestSolution</c>; false when there is none.
    /// <c>Cbc_getColSolution</c> is not used here: after a time limit without incumbent it holds garbage.
    /// </summary>
    public bool TryCopyBestSolution(Span<double> destination)
    {
        var best = CbcNative.Cbc_bestSolution(_handle);
        if (best is null)
        {
            return false;
        }

        new ReadOnlySpan<double>(best, _columnCount).CopyTo(destination);
        return true;
    }

    /// <summary>Names the columns (names are validated: non-null, no whitespace).</summary>
    public void SetColumnNames(IReadOnlyList<string> names)
    {
        for (var j = 0; j < names.Count; j++)
        {
            CbcNative.Cbc_setColName(_handle, j, names[j]);
        }
    }

    /// <summary>
    /// Writes the model with CBC's MPS writer. CBC appends ".mps" to <paramref name="basePath"/> and, in
    /// Debian's zlib-enabled build, ".gz" too; the path actually written is returned.
    /// </summary>
    public string WriteMps(string basePath)
    {
        CbcNative.Cbc_writeMps(_handle, basePath);
        foreach (var candidate in new[] { basePath + ".mps.gz", basePath + ".mps" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new MipSolverException($"CBC did not write the MPS file {basePath}.mps(.gz).");
    }

    public void Dispose() => _handle.Dispose();

    private void LoadColumns(MipProblem problem)
    {
        var columnLower = ToCoinBounds(problem.ColumnLower);
        var columnUpper = ToCoinBounds(problem.ColumnUpper);
        var rowLower = ToCoinBounds(problem.RowLower);
        var rowUpper = ToCoinBounds(problem.RowUpper);

        // A zero-length span pins to null, which CBC would read as "use the default": give it a real address.
        Span<int> noIndex = stackalloc int[1];
        Span<double> noValue = stackalloc double[1];
        var rowIndices = problem.RowIndices.IsEmpty ? noIndex : problem.RowIndices;
        var values = problem.Values.IsEmpty ? noValue : problem.Values;
        var rows = rowLower.Length == 0 ? noValue : rowLower.AsSpan();
        var rowsUpper = rowUpper.Length == 0 ? noValue : rowUpper.AsSpan();

        fixed (int* start = problem.ColumnStarts)
        fixed (int* index = rowIndices)
        fixed (double* value = values)
        fixed (double* colLower = columnLower)
        fixed (double* colUpper = columnUpper)
        fixed (double* objective = problem.Objective)
        fixed (double* rowLo = rows)
        fixed (double* rowUp = rowsUpper)
        {
            CbcNative.Cbc_loadProblem(
                _handle, problem.ColumnCount, problem.RowCount, start, index, value, colLower, colUpper, objective, rowLo, rowUp);
        }

        CbcNative.Cbc_setObjSense(_handle, problem.Maximize ? -1.0 : 1.0);
        var isInteger = problem.IsInteger;
        for (var j = 0; j < isInteger.Length; j++)
        {
            if (isInteger[j])
            {
                CbcNative.Cbc_setInteger(_handle, j);
            }
        }

        var loaded = CbcNative.Cbc_getNumCols(_handle);
        if (loaded != problem.ColumnCount)
        {
            throw new MipSolverException($"CBC loaded {loaded} columns instead of {problem.ColumnCount}.");
        }
    }

    /// <summary>CBC's infinity is DBL_MAX (COIN_DBL_MAX); IEEE infinities are mapped onto it.</summary>
    private static double[] ToCoinBounds(ReadOnlySpan<double> bounds)
    {
        var result = bounds.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (double.IsInfinity(result[i]))
            {
                result[i] = double.IsPositiveInfinity(result[i]) ? double.MaxValue : double.MinValue;
            }
        }

        return result;
    }

    private void SetParameter(string name, string value) => CbcNative.Cbc_setParameter(_handle, name, value);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
