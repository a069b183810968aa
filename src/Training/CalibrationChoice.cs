using System.Globalization;
using Attendance.Model.Calibration;
using Attendance.Training.Evaluation;

namespace Attendance.Training;

/// <summary>
/// Decides whether the booster needs calibration, on held-out rows of the training period (never the
/// validation rows): Platt and isotonic are each fitted on one half of the rows and scored on the other
/// (and the other way round); a method is used only if this cross-fitted log loss beats the raw
/// probabilities' by more than <see cref="MinimumGain"/>.
/// </summary>
internal static class CalibrationChoice
{
    /// <summary>Log loss gain (nats per row) below which calibration is not worth its variance.</summary>
    public const double MinimumGain = 0.0005;

    /// <summary>Fewer held-out rows than this: no check, no calibration.</summary>
    public const int MinimumRows = 1000;

    public static Calibrator Choose(float[] margins, float[] labels)
    {
        var c = CultureInfo.InvariantCulture;
        if (labels.Length < MinimumRows)
        {
            return Calibrator.None with { Reason = string.Create(c, $"only {labels.Length} held-out training rows: calibration not checked") };
        }

        var raw = margins.Select(m => (float)Calibrator.Sigmoid(m)).ToArray();
        var rawLoss = Metrics.LogLoss(raw, labels);
        var rawEce = Metrics.Ece(raw, labels);
        var (platt, isotonic) = (CrossFitted(margins, labels, CalibratorFit.Platt), CrossFitted(margins, labels, CalibratorFit.Isotonic));
        var (bestLoss, fit) = platt <= isotonic ? (platt, (Fit)CalibratorFit.Platt) : (isotonic, CalibratorFit.Isotonic);
        var summary = string.Create(c,
            $"on {labels.Length:N0} held-out rows at the end of the training period: raw log loss {rawLoss:F5}, ECE {rawEce:F4}; cross-fitted Platt {platt:F5}, isotonic {isotonic:F5}");
        return rawLoss - bestLoss > MinimumGain
            ? fit(margins, labels, "calibrated: " + summary)
            : Calibrator.None with { Reason = "not needed: " + summary };
    }

    private delegate Calibrator Fit(ReadOnlySpan<float> margins, ReadOnlySpan<float> labels, string reason);

    private static double CrossFitted(float[] margins, float[] labels, Fit fit)
    {
        // Interleaved halves: both span the same weeks, so drift within the held-out period does not favour one.
        var (mA, yA) = Half(margins, labels, 0);
        var (mB, yB) = Half(margins, labels, 1);
        return (Loss(fit(mA, yA, ""), mB, yB) + Loss(fit(mB, yB, ""), mA, yA)) / 2;
    }

    private static (float[] Margins, float[] Labels) Half(float[] margins, float[] labels, int parity) =>
        ([.. margins.Where((_, i) => i % 2 == parity)], [.. labels.Where((_, i) => i % 2 == parity)]);

    private static double Loss(Calibrator calibrator, float[] margins, float[] labels) =>
        Metrics.LogLoss([.. margins.Select(m => (float)calibrator.Apply(m))], labels);
}
