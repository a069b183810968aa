namespace Attendance.Model.Trees;

/// <summary>One tree as XGBoost's JSON gives it (node 0 the root, leaves where <see cref="Left"/> is −1), checked, before it is laid out complete.</summary>
/// <param name="Left">Left child per node, −1 for a leaf.</param>
/// <param name="Right">Right child per node.</param>
/// <param name="Nodes">The split of each node (unused for leaves).</param>
/// <param name="Values">The leaf value of each leaf node.</param>
internal sealed record SourceTree(int[] Left, int[] Right, TreeNode[] Nodes, float[] Values)
{
    /// <summary>Edges from the root to the deepest leaf.</summary>
    public int Depth(int node = 0) => Left[node] == -1 ? 0 : 1 + Math.Max(Depth(Left[node]), Depth(Right[node]));
}
