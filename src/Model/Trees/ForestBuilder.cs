using System.Text.Json;

namespace Attendance.Model.Trees;

/// <summary>
/// Collects XGBoost JSON trees, checks every index, and lays them out complete: each tree padded to the forest's
/// depth (a leaf above it becomes filler splits whose leaves all hold its value), splits in level order (children
/// of position i at 2i + 1 and 2i + 2), leaves after them. Evaluation then needs no child links and no exit test.
/// </summary>
internal sealed class ForestBuilder(int featureCount)
{
    /// <summary>Deeper trees (2^13 leaves) are left to XGBoost: padding them would waste memory and cache.</summary>
    public const int MaxDepth = 12;

    private readonly List<SourceTree> trees = [];

    /// <summary>Word 0 is a zero word: numerical splits read it harmlessly.</summary>
    private readonly List<uint> categoryBits = [0];

    public void Add(JsonElement tree)
    {
        var tn = trees.Count;
        var left = Ints(tree, "left_children");
        var right = Ints(tree, "right_children");
        var features = Ints(tree, "split_indices");
        var conditions = tree.GetProperty("split_conditions").EnumerateArray().Select(e => e.GetSingle()).ToArray();
        var defaultLeft = Ints(tree, "default_left");
        var types = Ints(tree, "split_type");
        var count = left.Length;
        if (new[] { right.Length, features.Length, conditions.Length, defaultLeft.Length, types.Length }.Any(n => n != count) || count == 0)
        {
            throw new NotSupportedException($"tree {tn}: node arrays of different lengths");
        }

        CheckShape(tn, left, right);
        var sets = CategorySets(tree, tn, count);
        var nodes = new TreeNode[count];
        for (var i = 0; i < count; i++)
        {
            if (left[i] == -1)
            {
                continue;
            }

            if (features[i] < 0 || features[i] >= featureCount)
            {
                throw new NotSupportedException($"tree {tn}: node {i} splits on feature {features[i]} of {featureCount}");
            }

            var flags = defaultLeft[i] != 0 ? TreeNode.DefaultLeftFlag : 0;
            nodes[i] = types[i] switch
            {
                0 => new TreeNode(features[i], conditions[i], flags, 0),
                1 => AddCategorical(features[i], flags, sets.GetValueOrDefault(i, [])),
                _ => throw new NotSupportedException($"tree {tn}: node {i} has split type {types[i]}"),
            };
        }

        trees.Add(new SourceTree(left, right, nodes, conditions));
    }

    public CompiledForest Build(float baseMargin)
    {
        var depth = trees.Count == 0 ? 0 : trees.Max(t => t.Depth());
        var splits = (1 << depth) - 1;
        var nodes = new TreeNode[trees.Count * splits];
        var leaves = new float[trees.Count << depth];
        for (var t = 0; t < trees.Count; t++)
        {
            Place(trees[t], 0, 0, nodes.AsSpan(t * splits, splits), leaves.AsSpan(t << depth, 1 << depth));
        }

        return new CompiledForest(featureCount, baseMargin, depth, nodes, leaves, [.. categoryBits]);
    }

    /// <summary>Puts source node <paramref name="source"/> at complete-tree position <paramref name="at"/>.</summary>
    private static void Place(SourceTree tree, int source, int at, Span<TreeNode> splits, Span<float> leaves)
    {
        if (at >= splits.Length)
        {
            leaves[at - splits.Length] = tree.Values[source];
            return;
        }

        var isLeaf = tree.Left[source] == -1;
        splits[at] = isLeaf ? TreeNode.Filler : tree.Nodes[source];
        Place(tree, isLeaf ? source : tree.Left[source], (2 * at) + 1, splits, leaves);
        Place(tree, isLeaf ? source : tree.Right[source], (2 * at) + 2, splits, leaves);
    }

    /// <summary>Every node reachable once from the root, children in range, at most <see cref="MaxDepth"/> deep.</summary>
    private static void CheckShape(int tn, int[] left, int[] right)
    {
        var depth = new int[left.Length];
        var seen = new bool[left.Length];
        var queue = new Queue<int>([0]);
        seen[0] = true;
        while (queue.TryDequeue(out var node))
        {
            if (left[node] == -1)
            {
                continue;
            }

            foreach (var child in new[] { left[node], right[node] })
            {
                if (child <= 0 || child >= left.Length || seen[child])
                {
                    throw new NotSupportedException($"tree {tn}: node {node} has an invalid child {child}");
                }

                depth[child] = depth[node] + 1;
                if (depth[child] > MaxDepth)
                {
                    throw new NotSupportedException($"tree {tn} is deeper than {MaxDepth} levels");
                }

                seen[child] = true;
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>The categories that go right at each categorical node, by node id.</summary>
    private static Dictionary<int, int[]> CategorySets(JsonElement tree, int tn, int count)
    {
        var nodeIds = Ints(tree, "categories_nodes");
        var segments = Ints(tree, "categories_segments");
        var sizes = Ints(tree, "categories_sizes");
        var categories = Ints(tree, "categories");
        var sets = new Dictionary<int, int[]>();
        for (var k = 0; k < nodeIds.Length; k++)
        {
            if (nodeIds[k] < 0 || nodeIds[k] >= count || segments[k] < 0 || sizes[k] < 0 || segments[k] + sizes[k] > categories.Length)
            {
                throw new NotSupportedException($"tree {tn}: invalid category set {k}");
            }

            sets[nodeIds[k]] = categories[segments[k]..(segments[k] + sizes[k])];
        }

        return sets;
    }

    /// <summary>A categorical split with its bit field of 32-bit words covering 0..max category (XGBoost's layout: bit c of word c / 32).</summary>
    private TreeNode AddCategorical(int feature, int flags, int[] categories)
    {
        if (categories.Any(c => c < 0 || c >= ForestReader.CategoryLimit))
        {
            throw new NotSupportedException("a category set holds a negative or huge category");
        }

        var words = categories.Length == 0 ? 0 : (categories.Max() / 32) + 1;
        var bits = new uint[words];
        foreach (var c in categories)
        {
            bits[c / 32] |= 1u << (c % 32);
        }

        var offset = words == 0 ? 0 : categoryBits.Count;
        categoryBits.AddRange(bits);
        // The threshold +∞ makes "neither below nor at/above it" mean missing, as for numerical splits.
        return new TreeNode(feature, float.PositiveInfinity, flags | TreeNode.CategoricalFlag | (words << 2), offset);
    }

    private static int[] Ints(JsonElement tree, string property) =>
        [.. tree.GetProperty(property).EnumerateArray().Select(e => e.GetInt32())];
}
