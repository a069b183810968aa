using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

/// <summary>Shared setup for the XGBoost tests: data, matrices and small, fast models.</summary>
internal static class XGBoostFixture
{
    /// <summary>Few shallow trees and 2 threads: fast, and deterministic for byte comparisons.</summary>
    public static BoosterParameters Parameters { get; } = new()
    {
        MaxDepth = 3,
        LearningRate = 0.3,
        Seed = 7,
        Threads = 2,
    };

    public static SyntheticLogistic Data(int rows = 2_000, int seed = 1) => SyntheticLogistic.Create(rows, seed);

    public static DMatrix Matrix(SyntheticLogistic data) =>
        DMatrix.FromDense(data.Features, data.Rows, data.Columns, data.Labels);

    /// <summary>A model trained on <see cref="Data"/> without validation.</summary>
    public static Booster Train(SyntheticLogistic data, int rounds = 20, BoosterParameters? parameters = null, Action<string>? log = null)
    {
        using var train = Matrix(data);
        return Booster.Train(parameters ?? Parameters, train, null, rounds, log: log);
    }

    /// <summary>Area under the ROC curve by the rank-sum formula (ties share their mean rank).</summary>
    public static double Auc(ReadOnlySpan<float> scores, ReadOnlySpan<float> labels)
    {
        var order = Enumerable.Range(0, scores.Length).ToArray();
        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double positives = 0, rankSum = 0;
        for (var i = 0; i < keys.Length;)
        {
            var j = i;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            var meanRank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (labels[order[k]] == 1)
                {
                    positives++;
                    rankSum += meanRank;
                }
            }

            i = j;
        }

        var negatives = scores.Length - positives;
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}
