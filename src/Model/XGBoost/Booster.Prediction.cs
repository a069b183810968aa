namespace Attendance.Model.XGBoost;

public sealed partial class Booster
{
    /// <summary>
    /// Predicts in place from a dense row-major matrix without copying it into a DMatrix; safe to
    /// call concurrently. Uses rounds up to <see cref="BestIteration"/> when set.
    /// </summary>
    /// <param name="features">Row-major values, <paramref name="rows"/> × <paramref name="columns"/>; NaN is missing.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Features per row; must equal <see cref="FeatureCount"/>.</param>
    /// <param name="output">Probability-like value or raw margin.</param>
    /// <returns>One prediction per row.</returns>
    /// <exception cref="XGBoostException">The column count differs from the model's.</exception>
    public float[] Predict(ReadOnlySpan<float> features, int rows, int columns, PredictionOutput output = PredictionOutput.Value)
    {
        var result = new float[rows];
        Predict(features, rows, columns, result, output);
        return result;
    }

    /// <summary>As <see cref="Predict(ReadOnlySpan{float}, int, int, PredictionOutput)"/>, writing into <paramref name="destination"/> (one value per row).</summary>
    public unsafe void Predict(ReadOnlySpan<float> features, int rows, int columns, Span<float> destination, PredictionOutput output = PredictionOutput.Value)
    {
        RequireShape(features.Length, rows, columns);
        if (destination.Length != rows)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values for {rows} rows.", nameof(destination));
        }

        if (rows == 0)
        {
            return;
        }

        Span<byte> arrayBuffer = stackalloc byte[PredictionJson.BufferSize];
        Span<byte> configBuffer = stackalloc byte[PredictionJson.BufferSize];
        using var scope = XGBoostLog.Enter(log);
        fixed (float* data = features)
        fixed (byte* array = PredictionJson.DenseArray(arrayBuffer, data, rows, columns))
        fixed (byte* config = PredictionJson.Config(configBuffer, TypeOf(output), IterationEnd))
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterPredictFromDense(handle, array, config, 0, out var shape, out var dimensions, out var result));
            // The buffer is XGBoost's thread-local scratch space, overwritten by the next call: copy now.
            Output(shape, dimensions, result, rows, 1).CopyTo(destination);
        }
    }

    /// <summary>
    /// Predicts for a <see cref="DMatrix"/>. Not thread-safe. XGBoost caches predictions per
    /// matrix, so repeating the call on the same matrix is not a measure of speed.
    /// </summary>
    /// <exception cref="XGBoostException">The matrix's column count differs from the model's.</exception>
    public float[] Predict(DMatrix data, PredictionOutput output = PredictionOutput.Value)
    {
        ArgumentNullException.ThrowIfNull(data);
        return PredictMatrix(data, TypeOf(output), 1);
    }

    /// <summary>
    /// Feature contributions (SHAP values for <see cref="ContributionMethod.Exact"/>) in margin
    /// space: <paramref name="rows"/> × (<see cref="FeatureCount"/> + 1) row-major, the bias last.
    /// Each row sums to the margin prediction.
    /// </summary>
    /// <exception cref="XGBoostException">The column count differs from the model's.</exception>
    public float[] PredictContributions(ReadOnlySpan<float> features, int rows, int columns, ContributionMethod method = ContributionMethod.Exact)
    {
        RequireShape(features.Length, rows, columns);
        // XGBoost 1.7's in-place prediction supports values and margins only; contributions need a DMatrix.
        using var data = DMatrix.FromDense(features, rows, columns, threads: threads);
        return PredictContributions(data, method);
    }

    /// <summary>As <see cref="PredictContributions(ReadOnlySpan{float}, int, int, ContributionMethod)"/> for a <see cref="DMatrix"/>.</summary>
    public float[] PredictContributions(DMatrix data, ContributionMethod method = ContributionMethod.Exact)
    {
        ArgumentNullException.ThrowIfNull(data);
        var type = method == ContributionMethod.Exact ? PredictionJson.Contributions : PredictionJson.ApproximateContributions;
        return PredictMatrix(data, type, FeatureCount + 1);
    }

    /// <summary>The iteration_end of every prediction: the best round when training stopped early, otherwise all (0).</summary>
    private int IterationEnd => BestIteration is { } best ? best + 1 : 0;

    private static int TypeOf(PredictionOutput output) =>
        output == PredictionOutput.Margin ? PredictionJson.Margin : PredictionJson.Value;

    private unsafe float[] PredictMatrix(DMatrix data, int type, int valuesPerRow)
    {
        RequireFeatureCount(data.Columns);
        Span<byte> configBuffer = stackalloc byte[PredictionJson.BufferSize];
        using var scope = XGBoostLog.Enter(log);
        fixed (byte* config = PredictionJson.Config(configBuffer, type, IterationEnd))
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterPredictFromDMatrix(handle, data.Handle, config, out var shape, out var dimensions, out var result));
            return Output(shape, dimensions, result, data.Rows, valuesPerRow).ToArray();
        }
    }

    /// <summary>XGBoost's output buffer, checked to hold exactly rows × valuesPerRow values.</summary>
    private static unsafe ReadOnlySpan<float> Output(ulong* shape, ulong dimensions, float* result, int rows, int valuesPerRow)
    {
        var length = 1UL;
        for (var i = 0UL; i < dimensions; i++)
        {
            length *= shape[i];
        }

        var expected = (ulong)rows * (ulong)valuesPerRow;
        return length == expected
            ? new ReadOnlySpan<float>(result, (int)expected)
            : throw new XGBoostException($"XGBoost returned {length} values where {expected} were expected ({rows} rows × {valuesPerRow}); multi-output models are not supported.");
    }

    private void RequireShape(int length, int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        RequireFeatureCount(columns);
        if (length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} rows × {columns} columns = {(long)rows * columns} values, got {length}.", nameof(length));
        }
    }

    /// <summary>XGBoost accepts fewer columns than the model silently (treating the rest as missing): refuse it here.</summary>
    private void RequireFeatureCount(int columns)
    {
        if (columns != FeatureCount)
        {
            throw new XGBoostException($"The model expects {FeatureCount} features per row but the input has {columns}.");
        }
    }
}
