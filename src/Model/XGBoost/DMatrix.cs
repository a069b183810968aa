namespace Attendance.Model.XGBoost;

/// <summary>
/// XGBoost's data matrix built from a dense, row-major float matrix, with labels, optional weights
/// and optional feature names and kinds. XGBoost copies the values, so the source may be reused.
/// </summary>
/// <remarks>
/// Not thread-safe. XGBoost caches predictions per matrix: predicting twice on one matrix with the
/// same model returns the cached result (mind this in benchmarks).
/// </remarks>
public sealed unsafe class DMatrix : IDisposable
{
    private DMatrix(DMatrixSafeHandle handle, int rows, int columns)
    {
        Handle = handle;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of feature columns.</summary>
    public int Columns { get; }

    /// <summary>Feature names, when set.</summary>
    public IReadOnlyList<string>? FeatureNames { get; private set; }

    /// <summary>Feature kinds, when set.</summary>
    public IReadOnlyList<FeatureKind>? FeatureKinds { get; private set; }

    internal DMatrixSafeHandle Handle { get; }

    /// <summary>Builds a matrix from <paramref name="values"/> (row-major, <paramref name="rows"/> × <paramref name="columns"/>).</summary>
    /// <param name="values">The features, row after row.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of features per row.</param>
    /// <param name="labels">One label per row, or empty (prediction only).</param>
    /// <param name="weights">One weight per row, or empty (all rows weigh 1).</param>
    /// <param name="missing">The value that marks a missing feature; NaN is always missing too.</param>
    /// <param name="threads">Threads used to build the matrix; 0 uses all cores.</param>
    /// <exception cref="ArgumentException">The lengths do not match <paramref name="rows"/> and <paramref name="columns"/>.</exception>
    public static DMatrix FromDense(
        ReadOnlySpan<float> values,
        int rows,
        int columns,
        ReadOnlySpan<float> labels = default,
        ReadOnlySpan<float> weights = default,
        float missing = float.NaN,
        int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (values.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} rows × {columns} columns = {(long)rows * columns} values, got {values.Length}.", nameof(values));
        }

        RequireEmptyOrOnePerRow(labels, rows, nameof(labels));
        RequireEmptyOrOnePerRow(weights, rows, nameof(weights));
        XGBoostRuntime.EnsureAvailable();

        DMatrixSafeHandle handle;
        fixed (float* data = values)
        {
            XGBoostRuntime.Check(XGBoostNative.XGDMatrixCreateFromMat_omp(data, (ulong)rows, (ulong)columns, missing, out handle, threads));
        }

        var matrix = new DMatrix(handle, rows, columns);
        try
        {
            matrix.SetFloatInfo("label", labels);
            matrix.SetFloatInfo("weight", weights);
            return matrix;
        }
        catch
        {
            matrix.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Names the features (one per column); they travel into the trained model. Names must be
    /// unique and free of '[', ']' and '&lt;': the C API accepts such names, but Python XGBoost then
    /// refuses the model's data.
    /// </summary>
    /// <exception cref="ArgumentException">A name is empty, repeated or has a forbidden character.</exception>
    public void SetFeatureNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        RequireOnePerColumn(names.Count, nameof(names));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrEmpty(name) || name.AsSpan().IndexOfAny("[]<") >= 0 || !seen.Add(name))
            {
                throw new ArgumentException($"Feature name \"{name}\" is empty, repeated or contains '[', ']' or '<'.", nameof(names));
            }
        }
        SetStrings("feature_name", names);
        FeatureNames = [.. names];
    }

    /// <summary>Declares each feature quantitative or categorical; they travel into the trained model.</summary>
    public void SetFeatureKinds(IReadOnlyList<FeatureKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        RequireOnePerColumn(kinds.Count, nameof(kinds));
        SetStrings("feature_type", ToTypeCodes(kinds));
        FeatureKinds = [.. kinds];
    }

    /// <inheritdoc />
    public void Dispose() => Handle.Dispose();

    internal static string[] ToTypeCodes(IReadOnlyList<FeatureKind> kinds) =>
        [.. kinds.Select(k => k == FeatureKind.Categorical ? "c" : "q")];

    private void SetStrings(string field, IReadOnlyList<string> values)
    {
        using var strings = new Utf8StringArray(values);
        XGBoostRuntime.Check(XGBoostNative.XGDMatrixSetStrFeatureInfo(Handle, field, strings.Pointer, (ulong)strings.Count));
    }

    private void SetFloatInfo(string field, ReadOnlySpan<float> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        fixed (float* data = values)
        {
            XGBoostRuntime.Check(XGBoostNative.XGDMatrixSetFloatInfo(Handle, field, data, (ulong)values.Length));
        }
    }

    private void RequireOnePerColumn(int count, string parameter)
    {
        if (count != Columns)
        {
            throw new ArgumentException($"Expected one entry per column ({Columns}), got {count}.", parameter);
        }
    }

    private static void RequireEmptyOrOnePerRow(ReadOnlySpan<float> values, int rows, string parameter)
    {
        if (!values.IsEmpty && values.Length != rows)
        {
            throw new ArgumentException($"Expected one {parameter} value per row ({rows}), got {values.Length}.", parameter);
        }
    }
}
