namespace Attendance.Scoring.Reasons;

/// <summary>The factors that raise a booking's risk most: the largest positive contributions, at most <see cref="Count"/>.</summary>
public static class ReasonPicker
{
    /// <summary>Reasons per booking.</summary>
    public const int Count = 3;

    /// <summary>
    /// Fills <paramref name="destination"/> with the largest positive contributions of one row (bias excluded),
    /// largest first, ties to the lower feature index; returns how many there are (0 to <see cref="Count"/>).
    /// </summary>
    /// <param name="contributions">Features + 1 values, the bias last (XGBoost's layout).</param>
    /// <param name="destination">At least <see cref="Count"/> places.</param>
    public static int Pick(ReadOnlySpan<float> contributions, Span<Reason> destination)
    {
        var found = 0;
        for (var j = 0; j < contributions.Length - 1; j++)
        {
            var value = contributions[j];
            if (!(value > 0))
            {
                continue;
            }

            // Insertion into a sorted list of at most Count: strictly greater moves ahead, so ties keep index order.
            var at = found;
            while (at > 0 && value > destination[at - 1].Contribution)
            {
                at--;
            }

            if (at >= Count)
            {
                continue;
            }

            for (var k = Math.Min(found, Count - 1); k > at; k--)
            {
                destination[k] = destination[k - 1];
            }

            destination[at] = new Reason(j, value);
            found = Math.Min(found + 1, Count);
        }

        return found;
    }
}
