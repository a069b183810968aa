namespace Attendance.Model.Calibration;

/// <summary>Fits <see cref="Calibrator"/>s on (margin, label) pairs that the booster was not trained on.</summary>
public static class CalibratorFit
{
    /// <summary>Platt scaling by Newton's method on the log loss (with Platt's target smoothing).</summary>
    public static Calibrator Platt(ReadOnlySpan<float> margins, ReadOnlySpan<float> labels, string reason)
    {
        RequireSameLength(margins, labels);
        double positives = 0;
        foreach (var y in labels)
        {
            positives += y;
        }

        var negatives = labels.Length - positives;
        // Platt's smoothed targets keep the fit finite when the classes separate.
        var hiTarget = (positives + 1) / (positives + 2);
        var loTarget = 1 / (negatives + 2);
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double gA = 0, gB = 0, hAA = 0, hAB = 0, hBB = 0;
            for (var i = 0; i < margins.Length; i++)
            {
                var p = Calibrator.Sigmoid((a * margins[i]) + b);
                var t = labels[i] > 0.5f ? hiTarget : loTarget;
                var w = Math.Max(p * (1 - p), 1e-12);
                gA += (p - t) * margins[i];
                gB += p - t;
                hAA += w * margins[i] * margins[i];
                hAB += w * margins[i];
                hBB += w;
            }

            var det = (hAA * hBB) - (hAB * hAB);
            if (Math.Abs(det) < 1e-18)
            {
                break;
            }

            var dA = ((hBB * gA) - (hAB * gB)) / det;
            var dB = ((hAA * gB) - (hAB * gA)) / det;
            a -= dA;
            b -= dB;
            if (Math.Abs(dA) + Math.Abs(dB) < 1e-10)
            {
                break;
            }
        }

        return new Calibrator { Method = CalibrationMethod.Platt, A = a, B = b, Reason = reason };
    }

    /// <summary>Isotonic regression of the label on the raw probability (pool adjacent violators).</summary>
    public static Calibrator Isotonic(ReadOnlySpan<float> margins, ReadOnlySpan<float> labels, string reason)
    {
        RequireSameLength(margins, labels);
        var order = new int[margins.Length];
        var keys = new double[margins.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = Calibrator.Sigmoid(margins[i]);
        }

        Array.Sort((double[])keys.Clone(), order);
        // Blocks of (sum of labels, weight, first x, last x); merged while a block's mean is not above its predecessor's.
        var sums = new List<double>();
        var weights = new List<double>();
        var lows = new List<double>();
        var highs = new List<double>();
        foreach (var i in order)
        {
            sums.Add(labels[i]);
            weights.Add(1);
            lows.Add(keys[i]);
            highs.Add(keys[i]);
            while (sums.Count > 1 && sums[^2] / weights[^2] >= sums[^1] / weights[^1])
            {
                var n = sums.Count;
                sums[n - 2] += sums[n - 1];
                weights[n - 2] += weights[n - 1];
                highs[n - 2] = highs[n - 1];
                sums.RemoveAt(n - 1);
                weights.RemoveAt(n - 1);
                lows.RemoveAt(n - 1);
                highs.RemoveAt(n - 1);
            }
        }

        // Knots at both ends of each block: flat within a block, linear between blocks (as scikit-learn).
        var x = new List<double>();
        var y = new List<double>();
        for (var k = 0; k < sums.Count; k++)
        {
            var mean = sums[k] / weights[k];
            x.Add(lows[k]);
            y.Add(mean);
            if (highs[k] > lows[k])
            {
                x.Add(highs[k]);
                y.Add(mean);
            }
        }

        return new Calibrator { Method = CalibrationMethod.Isotonic, X = x, Y = y, Reason = reason };
    }

    private static void RequireSameLength(ReadOnlySpan<float> margins, ReadOnlySpan<float> labels)
    {
        if (margins.Length != labels.Length || margins.IsEmpty)
        {
            throw new ArgumentException($"Calibration needs one label per margin and at least one row ({margins.Length} margins, {labels.Length} labels).", nameof(labels));
        }
    }
}
