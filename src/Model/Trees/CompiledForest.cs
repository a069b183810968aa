using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Trees;

/// <summary>
/// A binary-logistic XGBoost tree ensemble loaded from the booster's own JSON into flat arrays and evaluated in
/// C#. Trees are laid out complete (<see cref="ForestBuilder"/>), so a row descends a fixed number of levels with no
/// branch on the data; blocks of rows go through one tree at a time (its nodes stay in cache), four rows abreast
/// so that their memory loads overlap. Each row's margin is the base margin plus the leaves in tree order, summed
/// in single precision exactly as XGBoost 1.7's CPU predictor does. Numerical splits send <c>value &lt; threshold</c>
/// left, a missing value (NaN) follows the node's default direction, and a categorical split sends the categories
/// of its set right (everything else, including categories beyond the set, left). <see cref="TryCompile"/> proves the result against XGBoost on
/// probe rows before it is used. Immutable: predictions may run concurrently.
/// </summary>
public sealed partial class CompiledForest
{
    /// <summary>Rows pushed through one tree before the next tree (their features stay in L1/L2).</summary>
    private const int Block = 256;

    private readonly int depth;
    private readonly int splitsPerTree;
    private readonly TreeNode[] nodes;
    private readonly float[] leaves;
    private readonly uint[] categoryBits;

    internal CompiledForest(int featureCount, float baseMargin, int depth, TreeNode[] nodes, float[] leaves, uint[] categoryBits)
    {
        FeatureCount = featureCount;
        BaseMargin = baseMargin;
        this.depth = depth;
        splitsPerTree = (1 << depth) - 1;
        this.nodes = nodes;
        this.leaves = leaves;
        this.categoryBits = categoryBits;
        Trees = leaves.Length >> depth;
        (splitInfo, splitValues, inlineCategories) = Columns(nodes, featureCount, categoryBits);
    }

    /// <summary>Values per input row.</summary>
    public int FeatureCount { get; }

    /// <summary>Trees evaluated (those up to the booster's best iteration).</summary>
    public int Trees { get; }

    /// <summary>Levels every row descends in every tree (the deepest tree's depth; shallower leaves are padded).</summary>
    public int Depth => depth;

    /// <summary>The margin every row starts from (the model's base_score in log-odds).</summary>
    public float BaseMargin { get; }

    /// <summary>
    /// Compiles <paramref name="booster"/> and checks it against XGBoost's in-place prediction on probe rows
    /// (<see cref="ForestProbe"/>): every threshold, its neighbours, missing values and every category up to beyond
    /// the largest split on. Null, with the reason, when the model is of a kind this evaluator does not handle
    /// (another objective or booster, several outputs, vector leaves, trees deeper than
    /// <see cref="ForestBuilder.MaxDepth"/>) or the probe finds any difference.
    /// </summary>
    /// <param name="booster">The model; only read (its JSON, best iteration and in-place prediction).</param>
    /// <param name="reason">Why the booster must predict itself; null on success.</param>
    public static CompiledForest? TryCompile(Booster booster, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(booster);
        CompiledForest forest;
        try
        {
            forest = ForestReader.Read(booster.ToJson(), booster.FeatureCount, booster.BestIteration);
        }
        catch (NotSupportedException e)
        {
            reason = e.Message;
            return null;
        }

        reason = ForestProbe.Compare(forest, booster);
        return reason is null ? forest : null;
    }

    /// <summary>Margins (log-odds, before any calibration) of row-major rows; NaN is missing.</summary>
    /// <param name="features">Rows × <see cref="FeatureCount"/> values.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="destination">One margin per row.</param>
    public void PredictMargins(ReadOnlySpan<float> features, int rows, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (features.Length != (long)rows * FeatureCount)
        {
            throw new ArgumentException($"Expected {rows} rows × {FeatureCount} features = {(long)rows * FeatureCount} values, got {features.Length}.", nameof(features));
        }

        if (destination.Length != rows)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values for {rows} rows.", nameof(destination));
        }

        for (var first = 0; first < rows; first += Block)
        {
            var n = Math.Min(Block, rows - first);
            var block = features.Slice(first * FeatureCount, n * FeatureCount);
            var margins = destination.Slice(first, n);
            margins.Fill(BaseMargin);
            var vectorRows = Avx2.IsSupported ? n & ~(Lanes - 1) : 0;
            PredictVectors(block, margins[..vectorRows]);
            PredictScalar(block[(vectorRows * FeatureCount)..], margins[vectorRows..]);
        }
    }

    /// <summary>Adds every tree's leaf to <paramref name="margins"/>, four rows abreast.</summary>
    private void PredictScalar(ReadOnlySpan<float> block, Span<float> margins)
    {
        var width = FeatureCount;
        var levels = depth;
        ref var row0 = ref MemoryMarshal.GetReference(block);
        ref var bits = ref MemoryMarshal.GetArrayDataReference(categoryBits);
        for (var t = 0; t < Trees; t++)
        {
            // Invariant (ForestBuilder): every split's feature is below FeatureCount and its category words lie in
            // categoryBits, so the unchecked reads below stay inside the block's row and the arrays.
            ref var tree = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(nodes), t * splitsPerTree);
            var treeLeaves = leaves.AsSpan(t << depth, 1 << depth);
            var r = 0;
            for (; r + 4 <= margins.Length; r += 4)
            {
                ref var a = ref Unsafe.Add(ref row0, r * width);
                ref var b = ref Unsafe.Add(ref a, width);
                ref var c = ref Unsafe.Add(ref b, width);
                ref var d = ref Unsafe.Add(ref c, width);
                int ia = 0, ib = 0, ic = 0, id = 0;
                for (var level = 0; level < levels; level++)
                {
                    ia = (2 * ia) + 1 + Right(ref tree, ia, ref a, ref bits);
                    ib = (2 * ib) + 1 + Right(ref tree, ib, ref b, ref bits);
                    ic = (2 * ic) + 1 + Right(ref tree, ic, ref c, ref bits);
                    id = (2 * id) + 1 + Right(ref tree, id, ref d, ref bits);
                }

                margins[r] += treeLeaves[ia - splitsPerTree];
                margins[r + 1] += treeLeaves[ib - splitsPerTree];
                margins[r + 2] += treeLeaves[ic - splitsPerTree];
                margins[r + 3] += treeLeaves[id - splitsPerTree];
            }

            for (; r < margins.Length; r++)
            {
                ref var a = ref Unsafe.Add(ref row0, r * width);
                var ia = 0;
                for (var level = 0; level < levels; level++)
                {
                    ia = (2 * ia) + 1 + Right(ref tree, ia, ref a, ref bits);
                }

                margins[r] += treeLeaves[ia - splitsPerTree];
            }
        }
    }

    /// <summary>
    /// 1 when the row goes right at split <paramref name="at"/>, else 0, computed without branching. XGBoost's rules:
    /// a missing value follows the default direction; a numerical split sends <c>value &lt; threshold</c> left; a
    /// categorical split sends the categories of its set right — a negative or huge value, or one beyond the bit
    /// field, is in no set — truncating the value to its code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Right(ref TreeNode tree, int at, ref float row, ref uint bits)
    {
        var node = Unsafe.Add(ref tree, at);
        var value = Unsafe.Add(ref row, node.Feature);
        var below = value < node.Threshold ? 1 : 0;
        var notBelow = value >= node.Threshold ? 1 : 0;
        // The native conversion (no saturation fix-up): NaN and out-of-range values give int.MinValue, caught by the range test.
        var code = float.ConvertToIntegerNative<int>(value);
        var word = (uint)code >> 5;
        var inField = (value >= 0 ? 1 : 0) & (word < (uint)node.CategoryWords ? 1 : 0);
        var chosen = (int)(Unsafe.Add(ref bits, node.CategoryOffset + (int)(word & (uint)-inField)) >> (code & 31)) & inField;
        var isCategorical = (node.Flags >> 1) & 1;
        // Numerical: left when below; categorical: left when not chosen; a missing value (neither below nor at/above) the default way.
        var left = below ^ ((below ^ chosen ^ 1) & -isCategorical);
        left ^= (left ^ node.Flags) & (below ^ notBelow ^ 1) & TreeNode.DefaultLeftFlag;
        return 1 - left;
    }

    /// <summary>Per feature: the thresholds it is split on, whether any split treats it as categorical, and the largest category named (−1: none).</summary>
    internal (float[][] Thresholds, bool[] Categorical, int[] MaxCategory) Splits()
    {
        var thresholds = Enumerable.Range(0, FeatureCount).Select(_ => new HashSet<float>()).ToArray();
        var categorical = new bool[FeatureCount];
        var maxCategory = Enumerable.Repeat(-1, FeatureCount).ToArray();
        foreach (var node in nodes)
        {
            if (!node.IsCategorical)
            {
                if (!float.IsNaN(node.Threshold))
                {
                    thresholds[node.Feature].Add(node.Threshold);
                }

                continue;
            }

            categorical[node.Feature] = true;
            for (var code = (node.CategoryWords * 32) - 1; code >= 0; code--)
            {
                if ((categoryBits[node.CategoryOffset + (code >> 5)] & (1u << (code & 31))) != 0)
                {
                    maxCategory[node.Feature] = Math.Max(maxCategory[node.Feature], code);
                    break;
                }
            }
        }

        return ([.. thresholds.Select(t => t.Order().ToArray())], categorical, maxCategory);
    }
}
