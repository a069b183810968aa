using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attendance.Model.Calibration;

/// <summary>
/// A monotone map from the booster's margin (log-odds) to a calibrated probability. Stored as
/// <c>calibration.json</c> in the model artifact; the identity (<see cref="CalibrationMethod.None"/>)
/// when the booster was calibrated enough on its own.
/// </summary>
public sealed record Calibrator
{
    /// <summary>The file name inside a model artifact.</summary>
    public const string FileName = "calibration.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The identity.</summary>
    public static readonly Calibrator None = new();

    [JsonPropertyName("method")]
    public CalibrationMethod Method { get; init; }

    /// <summary>Platt slope on the margin.</summary>
    [JsonPropertyName("a")]
    public double A { get; init; } = 1;

    /// <summary>Platt intercept.</summary>
    [JsonPropertyName("b")]
    public double B { get; init; }

    /// <summary>Isotonic knots: raw probabilities, increasing.</summary>
    [JsonPropertyName("x")]
    public IReadOnlyList<double> X { get; init; } = [];

    /// <summary>Isotonic values at the knots, non-decreasing.</summary>
    [JsonPropertyName("y")]
    public IReadOnlyList<double> Y { get; init; } = [];

    /// <summary>Why this method was chosen (for the report).</summary>
    [JsonPropertyName("reason")]
    public string Reason { get; init; } = "";

    /// <summary>The calibrated probability of a margin.</summary>
    public double Apply(double margin) => Method switch
    {
        CalibrationMethod.Platt => Sigmoid((A * margin) + B),
        CalibrationMethod.Isotonic => Interpolate(Sigmoid(margin)),
        _ => Sigmoid(margin),
    };

    /// <summary>Calibrated probabilities of margins, in place.</summary>
    public void ApplyInPlace(Span<float> margins)
    {
        for (var i = 0; i < margins.Length; i++)
        {
            margins[i] = (float)Apply(margins[i]);
        }
    }

    /// <summary>The logistic function.</summary>
    public static double Sigmoid(double margin) => 1 / (1 + Math.Exp(-margin));

    /// <summary>Writes the calibrator as JSON.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions));

    /// <summary>Reads a calibrator; a missing file means <see cref="None"/>.</summary>
    /// <exception cref="JsonException">The file is malformed.</exception>
    public static Calibrator Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<Calibrator>(File.ReadAllText(path), JsonOptions) ?? None : None;

    private double Interpolate(double p)
    {
        if (X.Count == 0)
        {
            return p;
        }

        if (p <= X[0])
        {
            return Y[0];
        }

        if (p >= X[^1])
        {
            return Y[^1];
        }

        var hi = 1;
        while (X[hi] < p)
        {
            hi++;
        }

        var lo = hi - 1;
        var width = X[hi] - X[lo];
        if (width <= 0)
        {
            return Y[hi];
        }

        var t = (p - X[lo]) / width;
        return Y[lo] + (t * (Y[hi] - Y[lo]));
    }
}
