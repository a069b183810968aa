using System.Globalization;
using System.Text.Unicode;

namespace Attendance.Model.XGBoost;

/// <summary>
/// The NUL-terminated UTF-8 JSON documents XGBoost's prediction functions take, written into
/// caller-provided (stack) buffers so that a predict call allocates nothing but its result.
/// </summary>
internal static unsafe class PredictionJson
{
    /// <summary>Large enough for either document with any pointer, row count and iteration.</summary>
    public const int BufferSize = 192;

    /// <summary>Prediction types of XGBoosterPredictFromDMatrix/FromDense.</summary>
    public const int Value = 0, Margin = 1, Contributions = 2, ApproximateContributions = 3;

    /// <summary>
    /// The predict config. <c>cache_id</c> and <c>missing</c> are required by in-place prediction in
    /// 1.7 ("Invalid cast, from Null to Integer" without them) and ignored by DMatrix prediction.
    /// <paramref name="iterationEnd"/> 0 means all trees.
    /// </summary>
    public static ReadOnlySpan<byte> Config(Span<byte> buffer, int type, int iterationEnd) =>
        Utf8.TryWrite(buffer, CultureInfo.InvariantCulture, $"{{\"type\":{type},\"training\":false,\"iteration_begin\":0,\"iteration_end\":{iterationEnd},\"strict_shape\":false,\"cache_id\":0,\"missing\":NaN}}\0", out var written)
            ? buffer[..written]
            : throw new InvalidOperationException("Prediction config does not fit its buffer.");

    /// <summary>A read-only <c>__array_interface__</c> (version 3) for a row-major float32 matrix.</summary>
    public static ReadOnlySpan<byte> DenseArray(Span<byte> buffer, float* data, int rows, int columns) =>
        Utf8.TryWrite(buffer, CultureInfo.InvariantCulture, $"{{\"data\":[{(ulong)data},true],\"shape\":[{rows},{columns}],\"typestr\":\"<f4\",\"version\":3}}\0", out var written)
            ? buffer[..written]
            : throw new InvalidOperationException("Array interface does not fit its buffer.");
}
