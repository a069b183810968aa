using Attendance.Model.XGBoost;

namespace Attendance.Model.Features;

public sealed partial class FeatureBuilder
{
    /// <summary>
    /// Training, after the first pass of a <see cref="ForFitting"/> builder: keeps, for each data-driven
    /// categorical, only the categories that occur in the fitting rows, sorted ordinally, and rewrites the
    /// codes in <paramref name="matrix"/> to match. Values seen only outside the fitting rows (for example
    /// only in validation) become missing, exactly as an unseen value at scoring time.
    /// </summary>
    /// <param name="matrix">Rows × <see cref="Columns"/> values written by this builder.</param>
    /// <param name="fitRows">One flag per row: true for rows the vocabularies are learnt from.</param>
    /// <param name="unseenOutside">Receives, per feature name, how many other rows lost their value.</param>
    /// <returns>The spec with final vocabularies.</returns>
    public FeatureSpec FinishVocabularies(Span<float> matrix, ReadOnlySpan<bool> fitRows, IDictionary<string, long> unseenOutside)
    {
        ArgumentNullException.ThrowIfNull(unseenOutside);
        var rows = fitRows.Length;
        var features = Spec.Features.ToArray();
        for (var j = 0; j < features.Length; j++)
        {
            if (features[j].Kind != FeatureKind.Categorical || features[j].Categories is not { Count: 0 })
            {
                continue;
            }

            var grown = vocabularies[j]!.Categories;
            var used = new bool[grown.Count];
            for (var r = 0; r < rows; r++)
            {
                var value = matrix[(r * Columns) + j];
                if (fitRows[r] && !float.IsNaN(value))
                {
                    used[(int)value] = true;
                }
            }

            var kept = grown.Where((_, code) => used[code]).Order(StringComparer.Ordinal).ToList();
            var newCode = kept.Select((category, code) => (category, code)).ToDictionary(p => p.category, p => (float)p.code, StringComparer.Ordinal);
            var remap = grown.Select(c => newCode.TryGetValue(c, out var code) ? code : float.NaN).ToArray();
            long lost = 0;
            for (var r = 0; r < rows; r++)
            {
                ref var value = ref matrix[(r * Columns) + j];
                if (!float.IsNaN(value))
                {
                    value = remap[(int)value];
                    lost += float.IsNaN(value) ? 1 : 0;
                }
            }

            if (lost > 0)
            {
                unseenOutside[features[j].Name] = lost;
            }

            features[j] = features[j] with { Categories = kept };
        }

        return Spec with { Features = features };
    }
}
