using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Attendance.Model.Trees;

public sealed partial class CompiledForest
{
    /// <summary>Rows descending a tree together in one AVX2 register.</summary>
    private const int Lanes = 8;

    /// <summary>Per split: its feature in the low 16 bits, its <see cref="TreeNode.Flags"/> above.</summary>
    private readonly int[] splitInfo;

    /// <summary>
    /// Per split: a numerical split's threshold; a categorical split's category word itself when
    /// <see cref="inlineCategories"/>, else the offset of its words (the float's bits either way).
    /// </summary>
    private readonly float[] splitValues;

    /// <summary>Every category set fits one word (categories below 32): no gather for category words.</summary>
    private readonly bool inlineCategories;

    /// <summary>The splits packed into two columns, so that a level needs at most two gathers (row value, category word).</summary>
    private static (int[] Info, float[] Values, bool Inline) Columns(TreeNode[] nodes, int featureCount, uint[] categoryBits)
    {
        if (featureCount > ushort.MaxValue || nodes.Any(n => n.Flags > (int.MaxValue >> 16)))
        {
            throw new NotSupportedException("more than 65,535 features or categories beyond 262,143");
        }

        var inline = nodes.All(n => n.CategoryWords <= 1);
        // Lanes more than the splits: a level's splits are read eight at a time, past the last tree's end too.
        return (
            [.. nodes.Select(n => n.Feature | (n.Flags << 16)), .. new int[Lanes]],
            [.. nodes.Select(n => !n.IsCategorical ? n.Threshold
                : BitConverter.Int32BitsToSingle(inline ? (int)categoryBits[n.CategoryOffset] : n.CategoryOffset)), .. new float[Lanes]],
            inline);
    }

    /// <summary>
    /// <see cref="PredictScalar"/> for eight rows at a time (a multiple of <see cref="Lanes"/> rows): each level
    /// gathers the eight rows' splits and values and applies the same branch-free rule as <see cref="Right"/> lane by
    /// lane; the leaves are added in tree order, so every lane's sum is the scalar one.
    /// </summary>
    private unsafe void PredictVectors(ReadOnlySpan<float> block, Span<float> margins)
    {
        if (margins.IsEmpty)
        {
            return;
        }

        var width = FeatureCount;
        var one = Vector256.Create(1);
        var featureMask = Vector256.Create((int)ushort.MaxValue);
        var rowStarts = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7) * width;
        fixed (float* rows = block)
        fixed (float* sums = margins)
        fixed (int* info = splitInfo)
        fixed (float* splitValue = splitValues)
        fixed (uint* bits = categoryBits)
        fixed (float* leafValues = leaves)
        {
            for (var t = 0; t < Trees; t++)
            {
                var treeSplits = Vector256.Create(t * splitsPerTree);
                var treeLeaves = Vector256.Create((t << depth) - splitsPerTree);
                for (var r = 0; r < margins.Length; r += Lanes)
                {
                    // Invariant (ForestBuilder): positions stay inside the tree, features below FeatureCount, and
                    // category words inside categoryBits, so every gather reads inside its array.
                    var starts = rowStarts + Vector256.Create(r * width);
                    var at = Vector256<int>.Zero;
                    for (var level = 0; level < depth; level++)
                    {
                        // The splits of a level are contiguous (positions 2^level − 1 …): up to 32 of them are picked
                        // by permutes from registers, deeper levels by gathers.
                        var first = (1 << level) - 1;
                        Vector256<int> split;
                        Vector256<float> threshold;
                        if (level <= 5)
                        {
                            var levelSplits = t * splitsPerTree + first;
                            var within = at - Vector256.Create(first);
                            (split, threshold) = Pick(info + levelSplits, splitValue + levelSplits, within, 1 << level);
                        }
                        else
                        {
                            var node = at + treeSplits;
                            split = Avx2.GatherVector256(info, node, 4);
                            threshold = Avx2.GatherVector256(splitValue, node, 4);
                        }

                        var flag = Vector256.ShiftRightArithmetic(split, 16);
                        var value = Avx2.GatherVector256(rows, starts + (split & featureMask), 4);
                        var below = Avx.Compare(value, threshold, FloatComparisonMode.OrderedLessThanNonSignaling).AsInt32() & one;
                        var missing = Avx.Compare(value, value, FloatComparisonMode.UnorderedNonSignaling).AsInt32() & one;
                        var code = Avx.ConvertToVector256Int32WithTruncation(value);
                        var word = Vector256.ShiftRightLogical(code, 5);
                        var inField = Avx.Compare(value, Vector256<float>.Zero, FloatComparisonMode.OrderedGreaterThanOrEqualNonSignaling).AsInt32()
                            & Vector256.GreaterThan(Vector256.ShiftRightArithmetic(flag, 2), word) & one;
                        var isCategorical = Vector256.ShiftRightArithmetic(flag, 1) & one;
                        // A numerical split reads word 0 (its threshold's bits are no offset); inField is 0 for it.
                        var chosenWord = inlineCategories ? threshold.AsUInt32()
                            : Avx2.GatherVector256(bits, (threshold.AsInt32() & -isCategorical) + (word & -inField), 4);
                        var chosen = Avx2.ShiftRightLogicalVariable(chosenWord, (code & Vector256.Create(31)).AsUInt32()).AsInt32() & inField;
                        var left = below ^ ((below ^ chosen ^ one) & -isCategorical);
                        left ^= (left ^ flag) & missing;
                        at = at + at + one + one - left;
                    }

                    var sum = Avx.LoadVector256(sums + r) + Avx2.GatherVector256(leafValues, at + treeLeaves, 4);
                    Avx.Store(sums + r, sum);
                }
            }
        }
    }

    /// <summary>Split info and value number <paramref name="within"/> (per lane) of a level of <paramref name="count"/> ≤ 32 splits, by permutes.</summary>
    private static unsafe (Vector256<int> Info, Vector256<float> Value) Pick(int* info, float* values, Vector256<int> within, int count)
    {
        var lane = within & Vector256.Create(Lanes - 1);
        var pickedInfo = Avx2.PermuteVar8x32(Avx.LoadVector256(info), lane);
        var pickedValue = Avx2.PermuteVar8x32(Avx.LoadVector256(values), lane);
        for (var part = Lanes; part < count; part += Lanes)
        {
            var here = Vector256.Equals(Vector256.ShiftRightArithmetic(within, 3), Vector256.Create(part / Lanes));
            pickedInfo = Vector256.ConditionalSelect(here, Avx2.PermuteVar8x32(Avx.LoadVector256(info + part), lane), pickedInfo);
            pickedValue = Vector256.ConditionalSelect(here.AsSingle(), Avx2.PermuteVar8x32(Avx.LoadVector256(values + part), lane), pickedValue);
        }

        return (pickedInfo, pickedValue);
    }
}
