using System.Globalization;
using System.Runtime.InteropServices;

namespace Attendance.Model.XGBoost;

public sealed partial class Booster
{
    private const string ValidationName = "valid";

    /// <summary>Trains with typed parameters; see <see cref="Train(IEnumerable{KeyValuePair{string, string}}, DMatrix, DMatrix?, int, int, Action{string}?)"/>.</summary>
    public static Booster Train(
        BoosterParameters parameters,
        DMatrix train,
        DMatrix? valid,
        int rounds,
        int earlyStoppingRounds = 0,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Train(parameters.ToPairs(), train, valid, rounds, earlyStoppingRounds, log);
    }

    /// <summary>
    /// Trains a model on <paramref name="train"/>, optionally stopping early when the last
    /// evaluation metric on <paramref name="valid"/> has not improved for
    /// <paramref name="earlyStoppingRounds"/> rounds. With early stopping the later trees stay in
    /// the model and the best round is stored as the <c>best_iteration</c> attribute, which
    /// predictions (here and in Python's scikit-learn wrapper) honour.
    /// </summary>
    /// <param name="parameters">XGBoost parameters by name (values in the invariant culture), set in order after <c>validate_parameters=1</c>.</param>
    /// <param name="train">Training rows with labels; its feature names and kinds go into the model.</param>
    /// <param name="valid">Validation rows with labels, or null.</param>
    /// <param name="rounds">Maximum boosting rounds.</param>
    /// <param name="earlyStoppingRounds">Rounds without improvement before stopping; 0 disables early stopping.</param>
    /// <param name="log">Receives XGBoost's log, e.g. the warning naming unused parameters; null: standard error.</param>
    /// <exception cref="XGBoostException">XGBoost rejects a parameter value or the data; the message is XGBoost's.</exception>
    public static Booster Train(
        IEnumerable<KeyValuePair<string, string>> parameters,
        DMatrix train,
        DMatrix? valid,
        int rounds,
        int earlyStoppingRounds = 0,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        ArgumentOutOfRangeException.ThrowIfNegative(earlyStoppingRounds);
        if (earlyStoppingRounds > 0 && valid is null)
        {
            throw new ArgumentException("Early stopping needs a validation matrix.", nameof(earlyStoppingRounds));
        }

        if (valid is not null && valid.Columns != train.Columns)
        {
            throw new ArgumentException($"The validation matrix has {valid.Columns} features, the training matrix {train.Columns}.", nameof(valid));
        }

        var pairs = parameters.ToList();
        // Kept as the booster's Threads; a value XGBoost rejects fails training before it is used.
        _ = int.TryParse(pairs.LastOrDefault(p => p.Key == "nthread").Value, CultureInfo.InvariantCulture, out var threads);
        DMatrix[] cache = valid is null ? [train] : [train, valid];
        return Create(cache, log, threads, booster =>
        {
            // Without it XGBoost silently ignores misspelled parameters; with it, it only logs them.
            booster.SetParameter("validate_parameters", "1");
            foreach (var (name, value) in pairs)
            {
                booster.SetParameter(name, value);
            }

            booster.SetFeatureInfo(train);
            booster.Boost(train, valid, rounds, earlyStoppingRounds);
        });
    }

    private void SetFeatureInfo(DMatrix train)
    {
        using var scope = XGBoostLog.Enter(log);
        if (train.FeatureNames is { } names)
        {
            SetStrings("feature_name", names);
        }

        if (train.FeatureKinds is { } kinds)
        {
            SetStrings("feature_type", DMatrix.ToTypeCodes(kinds));
        }
    }

    private unsafe void SetStrings(string field, IReadOnlyList<string> values)
    {
        using var strings = new Utf8StringArray(values);
        XGBoostRuntime.Check(XGBoostNative.XGBoosterSetStrFeatureInfo(handle, field, strings.Pointer, (ulong)strings.Count));
    }

    private unsafe void Boost(DMatrix train, DMatrix? valid, int rounds, int earlyStoppingRounds)
    {
        using var scope = XGBoostLog.Enter(log);
        using var validHandles = new NativeHandles(valid is null ? [] : [valid]);
        using var names = new Utf8StringArray([ValidationName]);
        var best = (Iteration: -1, Score: double.NaN);
        for (var iteration = 0; iteration < rounds; iteration++)
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterUpdateOneIter(handle, iteration, train.Handle));
            if (earlyStoppingRounds == 0)
            {
                continue;
            }

            XGBoostRuntime.Check(XGBoostNative.XGBoosterEvalOneIter(handle, iteration, validHandles.Pointer, names.Pointer, 1, out var text));
            var (metric, score) = EvaluationLine.LastMetric(Marshal.PtrToStringUTF8((nint)text) ?? string.Empty, ValidationName);
            if (best.Iteration < 0 || Improves(score, best.Score, EvaluationLine.IsMaximised(metric)))
            {
                best = (iteration, score);
            }
            else if (iteration - best.Iteration >= earlyStoppingRounds)
            {
                break;
            }
        }

        if (earlyStoppingRounds > 0)
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterSetAttr(handle, BestIterationAttribute, best.Iteration.ToString(CultureInfo.InvariantCulture)));
            XGBoostRuntime.Check(XGBoostNative.XGBoosterSetAttr(handle, BestScoreAttribute, best.Score.ToString("R", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>NaN (XGBoost's score for a degenerate validation set) never counts as an improvement.</summary>
    private static bool Improves(double score, double best, bool maximised) =>
        !double.IsNaN(score) && (double.IsNaN(best) || (maximised ? score > best : score < best));
}
