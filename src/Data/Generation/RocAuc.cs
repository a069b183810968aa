namespace Attendance.Data.Generation;

/// <summary>Area under the ROC curve by the rank-sum (Mann–Whitney) formula, ties counted half.</summary>
public static class RocAuc
{
    /// <summary>AUC of <paramref name="scores"/> against <paramref name="labels"/> (true = positive); NaN without both classes.</summary>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException("one label per score", nameof(labels));
        }
        var keys = scores.ToArray();
        var items = labels.ToArray();
        Array.Sort(keys, items);
        double positiveRankSum = 0;
        long positives = 0;
        var i = 0;
        while (i < keys.Length)
        {
            var j = i;
            var tiePositives = 0;
            while (j < keys.Length && keys[j] == keys[i])
            {
                tiePositives += items[j] ? 1 : 0;
                j++;
            }
            // Ranks i+1 .. j share their mean rank.
            positiveRankSum += tiePositives * ((i + 1 + j) / 2.0);
            positives += tiePositives;
            i = j;
        }
        long negatives = keys.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }
        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
