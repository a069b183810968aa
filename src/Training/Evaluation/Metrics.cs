namespace Attendance.Training.Evaluation;

/// <summary>Metrics of probabilities against 0/1 labels (label &gt; 0.5 is positive).</summary>
public static class Metrics
{
    /// <summary>Bins of <see cref="Ece"/> and <see cref="Reliability"/>.</summary>
    public const int CalibrationBins = 10;

    private const double Epsilon = 1e-15;

    /// <summary>ROC AUC by the rank-sum formula; tied scores share their mean rank. NaN without both classes.</summary>
    public static double Auc(ReadOnlySpan<float> scores, ReadOnlySpan<float> labels)
    {
        var order = SortedAscending(scores, labels.Length);
        double rankSum = 0;
        long positives = 0;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            var tiedPositives = 0;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                tiedPositives += labels[order[j]] > 0.5f ? 1 : 0;
                j++;
            }

            rankSum += tiedPositives * ((i + 1 + j) / 2.0);
            positives += tiedPositives;
            i = j;
        }

        long negatives = order.Length - positives;
        return positives == 0 || negatives == 0
            ? double.NaN
            : (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>
    /// Average precision: Σ over thresholds (distinct scores, descending) of (recall gain) × precision.
    /// NaN without positives.
    /// </summary>
    public static double AveragePrecision(ReadOnlySpan<float> scores, ReadOnlySpan<float> labels)
    {
        var order = SortedAscending(scores, labels.Length);
        double total = 0;
        foreach (var y in labels)
        {
            total += y > 0.5f ? 1 : 0;
        }

        if (total == 0)
        {
            return double.NaN;
        }

        double truePositives = 0, taken = 0, precisionSum = 0;
        for (var i = order.Length - 1; i >= 0;)
        {
            var j = i;
            double tiedPositives = 0;
            while (j >= 0 && scores[order[j]] == scores[order[i]])
            {
                tiedPositives += labels[order[j]] > 0.5f ? 1 : 0;
                j--;
            }

            taken += i - j;
            truePositives += tiedPositives;
            precisionSum += tiedPositives / total * (truePositives / taken);
            i = j;
        }

        return precisionSum;
    }

    /// <summary>Mean of (p − y)².</summary>
    public static double Brier(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels)
    {
        double sum = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var d = probabilities[i] - (double)labels[i];
            sum += d * d;
        }

        return labels.Length == 0 ? double.NaN : sum / labels.Length;
    }

    /// <summary>Mean of −[y ln p + (1 − y) ln(1 − p)], p clipped to [1e-15, 1 − 1e-15].</summary>
    public static double LogLoss(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels)
    {
        double sum = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= labels[i] > 0.5f ? Math.Log(p) : Math.Log(1 - p);
        }

        return labels.Length == 0 ? double.NaN : sum / labels.Length;
    }

    /// <summary>Σ over bins of (rows in bin / rows) × |mean prediction − observed rate|, 10 equal-width bins on [0, 1].</summary>
    public static double Ece(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels)
    {
        double ece = 0;
        foreach (var bin in Reliability(probabilities, labels))
        {
            ece += bin.Rows / (double)labels.Length * Math.Abs(bin.MeanPrediction - bin.ObservedRate);
        }

        return labels.Length == 0 ? double.NaN : ece;
    }

    /// <summary>The non-empty bins of the reliability curve (10 equal-width bins; 1.0 falls in the last).</summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels, int bins = CalibrationBins)
    {
        var rows = new long[bins];
        var predicted = new double[bins];
        var observed = new double[bins];
        for (var i = 0; i < labels.Length; i++)
        {
            var b = Math.Clamp((int)(probabilities[i] * bins), 0, bins - 1);
            rows[b]++;
            predicted[b] += probabilities[i];
            observed[b] += labels[i] > 0.5f ? 1 : 0;
        }

        return [.. Enumerable.Range(0, bins).Where(b => rows[b] > 0)
            .Select(b => new ReliabilityBin((double)b / bins, (b + 1.0) / bins, rows[b], predicted[b] / rows[b], observed[b] / rows[b]))];
    }

    /// <summary>Share of all positives among the top <paramref name="fraction"/> of rows by score (ties broken by row order).</summary>
    public static double CapturedAtTop(ReadOnlySpan<float> scores, ReadOnlySpan<float> labels, double fraction)
    {
        var order = SortedAscending(scores, labels.Length);
        var take = (int)Math.Round(fraction * order.Length, MidpointRounding.AwayFromZero);
        double caught = 0, total = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var positive = labels[order[k]] > 0.5f ? 1 : 0;
            total += positive;
            caught += k >= order.Length - take ? positive : 0;
        }

        return total == 0 ? double.NaN : caught / total;
    }

    /// <summary>Row indices by ascending score, stable.</summary>
    internal static int[] SortedAscending(ReadOnlySpan<float> scores, int count)
    {
        if (scores.Length != count)
        {
            throw new ArgumentException($"{scores.Length} scores for {count} labels.", nameof(scores));
        }

        var order = new int[count];
        var keys = new float[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = scores[i];
        }

        Array.Sort(keys, order);
        // Array.Sort is unstable: order equal scores by row index so that results never depend on it.
        for (var i = 0; i < count;)
        {
            var j = i + 1;
            while (j < count && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(order, i, j - i);
            }

            i = j;
        }

        return order;
    }
}
