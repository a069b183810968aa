using Attendance.Scoring.Policy;

namespace Attendance.Scoring.Flags;

/// <summary>
/// Applies a <see cref="ScoringPolicy"/> to every scored booking at once (flags need the whole department-day):
/// chooses the bookings to flag per department and day, then one action for each. Deterministic: ties in
/// probability go to the earlier booking in input order.
/// </summary>
public static class RiskFlagger
{
    /// <summary>The band of a probability.</summary>
    public static RiskBand BandOf(float probability, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        // Compared in single precision, the model's own: 0.35f is "at" a cut point of 0.35.
        var cuts = policy.RiskBands;
        return probability >= (float)cuts[2] ? RiskBand.VeryHigh : probability >= (float)cuts[1] ? RiskBand.High : probability >= (float)cuts[0] ? RiskBand.Medium : RiskBand.Low;
    }

    /// <summary>Flags and actions for every booking; <see cref="BookingTraits.Past"/> bookings are never flagged.</summary>
    /// <param name="keys">Per booking, in input order.</param>
    /// <param name="probabilities">Per booking (ignored for past ones).</param>
    /// <param name="policy">The rules.</param>
    public static FlagDecision Decide(ReadOnlySpan<BookingKey> keys, ReadOnlySpan<float> probabilities, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (keys.Length != probabilities.Length)
        {
            throw new ArgumentException($"{keys.Length} keys but {probabilities.Length} probabilities", nameof(probabilities));
        }

        var actions = new BookingAction[keys.Length];
        var groups = Group(keys, static k => (k.Department, k.Day));
        long flagged = 0;
        foreach (var rows in groups)
        {
            var order = ByRisk(rows, probabilities);
            var take = Candidates(order, probabilities, policy);
            for (var i = 0; i < take; i++)
            {
                // Unflagged bookings keep None; the reminder kind is refined below.
                actions[order[i]] = BookingAction.PhoneReminder;
            }

            flagged += take;
        }

        var sessions = Group(keys, static k => (k.Department, k.Site, k.Day, k.Has(BookingTraits.Afternoon)));
        var busy = 0;
        foreach (var rows in sessions)
        {
            busy += AdviseDoubleBooking(rows, probabilities, policy, actions) ? 1 : 0;
        }

        for (var row = 0; row < actions.Length; row++)
        {
            if (actions[row] == BookingAction.PhoneReminder)
            {
                actions[row] = keys[row].Has(BookingTraits.VideoEligible) ? BookingAction.ConsiderVideo
                    : keys[row].Has(BookingTraits.Digital) ? BookingAction.DigitalReminder
                    : BookingAction.PhoneReminder;
            }
        }

        return new FlagDecision(actions, flagged, sessions.Count, busy);
    }

    /// <summary>How many of the group's bookings, highest risk first, the policy flags.</summary>
    private static int Candidates(int[] order, ReadOnlySpan<float> probabilities, ScoringPolicy policy)
    {
        var take = policy.FlagRule switch
        {
            FlagRule.TopShare => (int)Math.Ceiling(policy.TopShare * order.Length),
            FlagRule.Threshold => CountAtLeast(order, probabilities, policy.Threshold),
            _ => order.Length,
        };
        take = Math.Min(take, CountAtLeast(order, probabilities, policy.MinProbability));
        return policy.CallsPerDay is { } cap ? Math.Min(take, cap) : take;
    }

    /// <summary>Marks up to the session's cap of its flagged bookings (highest risk first) as double-book; true when the session reached the threshold.</summary>
    private static bool AdviseDoubleBooking(int[] rows, ReadOnlySpan<float> probabilities, ScoringPolicy policy, BookingAction[] actions)
    {
        var expected = 0.0;
        foreach (var row in rows)
        {
            expected += probabilities[row];
        }

        if (expected < policy.DoubleBookExpectedNoShows)
        {
            return false;
        }

        var cap = Math.Min(policy.DoubleBookMaxPerSession, (int)Math.Floor(expected));
        foreach (var row in ByRisk(rows, probabilities))
        {
            if (cap == 0)
            {
                break;
            }

            if (actions[row] != BookingAction.None)
            {
                actions[row] = BookingAction.DoubleBook;
                cap--;
            }
        }

        return true;
    }

    private static int CountAtLeast(int[] order, ReadOnlySpan<float> probabilities, double bound)
    {
        var count = 0;
        while (count < order.Length && probabilities[order[count]] >= (float)bound)
        {
            count++;
        }

        return count;
    }

    /// <summary>The rows by probability descending, then input order: one sort key per row, no comparer.</summary>
    private static int[] ByRisk(int[] rows, ReadOnlySpan<float> probabilities)
    {
        var sortKeys = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            // Probabilities are non-negative, so their IEEE bits order like the values.
            var bits = BitConverter.SingleToInt32Bits(probabilities[rows[i]]);
            sortKeys[i] = ((long)(int.MaxValue - bits) << 32) | (uint)rows[i];
        }

        Array.Sort(sortKeys);
        var order = new int[rows.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (int)(sortKeys[i] & uint.MaxValue);
        }

        return order;
    }

    /// <summary>Rows of the non-past bookings grouped by key, groups in order of first appearance, rows in input order.</summary>
    private static List<int[]> Group<TKey>(ReadOnlySpan<BookingKey> keys, Func<BookingKey, TKey> keyOf)
        where TKey : notnull
    {
        var ids = new Dictionary<TKey, int>();
        var groupOf = new int[keys.Length];
        var sizes = new List<int>();
        for (var row = 0; row < keys.Length; row++)
        {
            if (keys[row].Has(BookingTraits.Past))
            {
                groupOf[row] = -1;
                continue;
            }

            var key = keyOf(keys[row]);
            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids.Add(key, id);
                sizes.Add(0);
            }

            groupOf[row] = id;
            sizes[id]++;
        }

        var groups = sizes.Select(n => new int[n]).ToList();
        var filled = new int[groups.Count];
        for (var row = 0; row < keys.Length; row++)
        {
            if (groupOf[row] >= 0)
            {
                groups[groupOf[row]][filled[groupOf[row]]++] = row;
            }
        }

        return groups;
    }
}
