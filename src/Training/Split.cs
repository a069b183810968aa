using System.Globalization;
using Attendance.Data.Contract;
using Attendance.Model.Features;
using Attendance.Training.Sets;

namespace Attendance.Training;

/// <summary>The time-based split of the labelled rows, checked for everything that would make a meaningless model.</summary>
internal sealed record Split(long ValidFromMicros, double BaseRate)
{
    public static Split Decide(LabelledSetBuilder sets, TrainingOptions options)
    {
        if (sets.RowCount == 0)
        {
            throw new TrainingException("the history is empty: no rows to learn from");
        }

        if (sets.LabelledCount == 0)
        {
            throw new TrainingException(string.Create(CultureInfo.InvariantCulture,
                $"none of the {sets.RowCount:N0} history rows is attended or no_show (cancelled and rescheduled are not labels): nothing to learn from"));
        }

        var starts = sets.LabelledStarts;
        long first = long.MaxValue, last = long.MinValue;
        foreach (var s in starts)
        {
            first = Math.Min(first, s);
            last = Math.Max(last, s);
        }

        var validFrom = options.ValidFrom is { } date
            ? CopenhagenTime.MidnightUtcMicros(date)
            : first + (long)((last - first) * (1 - options.ValidShare));
        var labels = sets.Labels;
        long nTrain = 0, trainPositives = 0, validPositives = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            var isTrain = starts[i] < validFrom;
            nTrain += isTrain ? 1 : 0;
            trainPositives += isTrain && labels[i] > 0.5f ? 1 : 0;
            validPositives += !isTrain && labels[i] > 0.5f ? 1 : 0;
        }

        var nValid = starts.Length - nTrain;
        var boundary = options.ValidFrom is { } d ? $"--valid-from {d:yyyy-MM-dd}" : $"the validation start {Day(validFrom)}";
        if (nValid == 0)
        {
            throw new TrainingException($"no labelled rows on or after {boundary}: the history's last labelled appointment starts {Day(last)}");
        }

        if (nTrain == 0)
        {
            throw new TrainingException($"no labelled rows before {boundary}: the history's first labelled appointment starts {Day(first)}");
        }

        RequireBothClasses("training", nTrain, trainPositives, boundary);
        RequireBothClasses("validation", nValid, validPositives, boundary);
        return new Split(validFrom, Math.Clamp((double)trainPositives / nTrain, 1e-4, 1 - 1e-4));
    }

    private static void RequireBothClasses(string period, long rows, long positives, string boundary)
    {
        if (positives == 0 || positives == rows)
        {
            var only = positives == 0 ? "attended" : "no_show";
            throw new TrainingException(string.Create(CultureInfo.InvariantCulture,
                $"all {rows:N0} labelled rows of the {period} period (split at {boundary}) are {only}: a model needs both attended and no_show"));
        }
    }

    private static string Day(long micros) => CopenhagenTime.ToLocal(micros).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
