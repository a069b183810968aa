using Attendance.Model.Calibration;

namespace Attendance.Model.Tests.Calibration;

public sealed class CalibratorTests
{
    [Fact]
    public void Platt_OnLabelsDrawnFromAKnownSigmoid_RecoversItsParameters()
    {
        var random = new Random(3);
        var margins = new float[40_000];
        var labels = new float[margins.Length];
        for (var i = 0; i < margins.Length; i++)
        {
            margins[i] = (float)((random.NextDouble() * 6) - 3);
            labels[i] = random.NextDouble() < Calibrator.Sigmoid((0.5 * margins[i]) - 1) ? 1 : 0;
        }

        var platt = CalibratorFit.Platt(margins, labels, "test");

        Assert.Equal(0.5, platt.A, 1);
        Assert.Equal(-1, platt.B, 1);
    }

    [Fact]
    public void Isotonic_IsMonotoneAndMatchesBlockMeans()
    {
        // Raw probabilities 0.1, 0.2, 0.3, 0.4 with labels 0, 1, 0, 1: the middle pair pools to 0.5, flat between its ends.
        float[] margins = [.. new[] { 0.1, 0.2, 0.3, 0.4 }.Select(p => (float)Math.Log(p / (1 - p)))];
        float[] labels = [0, 1, 0, 1];

        var isotonic = CalibratorFit.Isotonic(margins, labels, "test");

        Assert.Equal([0, 0.5, 0.5, 1], isotonic.Y);
        Assert.Equal(0.2, isotonic.X[1], 6);
        Assert.Equal(0.3, isotonic.X[2], 6);
        Assert.Equal(0.5, isotonic.Apply(margins[1]), 6);
        Assert.Equal(0.5, isotonic.Apply(margins[2]), 6);
        Assert.Equal(0.0, isotonic.Apply(-5), 6);
    }

    [Fact]
    public void None_IsTheSigmoid()
    {
        Assert.Equal(Calibrator.Sigmoid(0.7), Calibrator.None.Apply(0.7));
    }
}
