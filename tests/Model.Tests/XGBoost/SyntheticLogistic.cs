namespace Attendance.Model.Tests.XGBoost;

/// <summary>
/// A seeded binary problem with known truth: P(y=1) = sigmoid(Σ wᵢxᵢ + b) over standard-normal
/// features, a few of them missing (NaN). Small enough to train in milliseconds.
/// </summary>
internal sealed record SyntheticLogistic(float[] Features, float[] Labels, float[] Probabilities, int Rows, int Columns)
{
    private static readonly double[] Weights = [1.5, -1.0, 0.8, 0.0, 0.5];

    public const int FeatureCount = 5;

    public static SyntheticLogistic Create(int rows, int seed)
    {
        var random = new Random(seed);
        var features = new float[rows * FeatureCount];
        var labels = new float[rows];
        var probabilities = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var z = -0.5;
            for (var c = 0; c < FeatureCount; c++)
            {
                var x = Normal(random);
                z += Weights[c] * x;
                features[(r * FeatureCount) + c] = random.NextDouble() < 0.02 ? float.NaN : (float)x;
            }

            probabilities[r] = (float)(1 / (1 + Math.Exp(-z)));
            labels[r] = random.NextDouble() < probabilities[r] ? 1 : 0;
        }

        return new SyntheticLogistic(features, labels, probabilities, rows, FeatureCount);
    }

    public ReadOnlySpan<float> Row(int row) => Features.AsSpan(row * Columns, Columns);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
