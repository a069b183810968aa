using Attendance.Model.Features;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Pipeline;
using Attendance.Scoring.Policy;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring;

public sealed partial class BatchScorer
{
    private static ScoringSummary Summarise(string modelVersion, DateTimeOffset asOf, ScoringRequest request, ScoringPolicy policy,
        BookingIndex index, PatientHistoryState[] states, HistoryFold fold, FeatureBuilder builder, float[] probabilities, FlagDecision decision)
    {
        var keys = index.Keys;
        var scored = new List<float>(keys.Length);
        var perDepartment = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var actions = FlagNames.ActionNames.ToDictionary(a => a, _ => 0L, StringComparer.Ordinal);
        var bands = new long[FlagNames.BandNames.Count];
        long withoutHistory = 0;
        var sum = 0.0;
        for (var row = 0; row < keys.Length; row++)
        {
            if (keys[row].Has(BookingTraits.Past))
            {
                continue;
            }

            var p = probabilities[row];
            scored.Add(p);
            sum += p;
            bands[(int)RiskFlagger.BandOf(p, policy)]++;
            withoutHistory += states[index.PatientOfRow[row]].Known == 0 ? 1 : 0;
            var action = decision.Actions[row];
            if (action != BookingAction.None)
            {
                var department = index.Departments.NameOf(keys[row].Department) ?? "(none)";
                perDepartment[department] = perDepartment.GetValueOrDefault(department) + 1;
                actions[FlagNames.Of(action)!]++;
            }
        }

        var sorted = scored.ToArray();
        Array.Sort(sorted);
        return new ScoringSummary
        {
            ModelVersion = modelVersion,
            AsOf = asOf.ToUniversalTime(),
            BookingsRead = keys.Length,
            Rows = sorted.Length,
            SkippedPast = index.Past,
            WithoutHistory = withoutHistory,
            Flagged = decision.Flagged,
            FlaggedPerDepartment = perDepartment,
            Actions = actions,
            RiskBands = FlagNames.BandNames.Select((b, i) => (b, bands[i])).ToDictionary(p => p.b, p => p.Item2, StringComparer.Ordinal),
            MeanProbability = sorted.Length == 0 ? 0 : sum / sorted.Length,
            Deciles = sorted.Length == 0 ? [] : [.. Enumerable.Range(1, 9).Select(d => (double)sorted[NearestRank(d / 10.0, sorted.Length)])],
            Sessions = decision.Sessions,
            SessionsOverDoubleBookThreshold = decision.SessionsOverDoubleBookThreshold,
            UnseenCategories = new SortedDictionary<string, long>(builder.Stats.UnseenCategories.ToDictionary(), StringComparer.Ordinal),
            MissingColumns = [.. builder.Stats.MissingColumns.Order(StringComparer.Ordinal)],
            UnknownVisitTypes = builder.Stats.UnknownVisitTypes,
            BookedAfterStart = builder.Stats.BookedAfterStart,
            HistoryRowsFolded = fold.RowsFolded,
            HistoryRowsSkipped = fold.RowsSkipped,
            Policy = policy,
            Language = request.Language == ReasonLanguage.English ? "en" : "da",
        };
    }

    /// <summary>0-based index of the nearest-rank percentile <paramref name="q"/> of <paramref name="n"/> sorted values.</summary>
    private static int NearestRank(double q, int n) => Math.Clamp((int)Math.Ceiling(q * n) - 1, 0, n - 1);
}
