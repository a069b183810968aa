namespace Attendance.Model.Features;

/// <summary>
/// A categorical feature's vocabulary: string → code. Closed (scoring): an unknown value is missing and
/// counted. Growing (training's first pass): an unknown value gets the next code; training then keeps
/// the categories seen in training rows, sorted (see <c>FeatureBuilder.FinishVocabularies</c>).
/// </summary>
internal sealed class CategoryCodes
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly List<string> categories = [];
    private readonly bool grow;

    public CategoryCodes(IReadOnlyList<string> vocabulary, bool grow)
    {
        this.grow = grow;
        foreach (var category in vocabulary)
        {
            codes.TryAdd(category, codes.Count);
            categories.Add(category);
        }
    }

    public IReadOnlyList<string> Categories => categories;

    /// <summary>The code of a value as a float; NaN for null, and for an unknown value when closed (then <paramref name="unseen"/> is incremented).</summary>
    public float Code(string? value, ref long unseen)
    {
        if (value is null)
        {
            return float.NaN;
        }

        if (codes.TryGetValue(value, out var code))
        {
            return code;
        }

        if (!grow)
        {
            unseen++;
            return float.NaN;
        }

        code = codes.Count;
        codes.Add(value, code);
        categories.Add(value);
        return code;
    }
}
