using System.Runtime.InteropServices;

namespace Attendance.Model.Trees;

/// <summary>
/// One split of a <see cref="CompiledForest"/>, 16 bytes. Trees are stored complete (every leaf at the same depth),
/// so a node's children are found by position and a node has no child links.
/// </summary>
/// <param name="Feature">The column split on.</param>
/// <param name="Threshold">Numerical split: <c>value &lt; Threshold</c> goes left. +∞ on a categorical split (so that only a missing value is
/// neither below nor at/above it), NaN on a filler node (both subtrees hold the same leaves).</param>
/// <param name="Flags">Bit 0: a missing value goes left; bit 1: categorical; bits 2 and up: the category bit field's length in 32-bit words.</param>
/// <param name="CategoryOffset">Categorical split: where its bit field starts in the forest's category words.</param>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct TreeNode(int Feature, float Threshold, int Flags, int CategoryOffset)
{
    public const int DefaultLeftFlag = 1;

    public const int CategoricalFlag = 2;

    /// <summary>A node that only passes rows down: its two subtrees hold the same leaves.</summary>
    public static readonly TreeNode Filler = new(0, float.NaN, 0, 0);

    public bool IsCategorical => (Flags & CategoricalFlag) != 0;

    /// <summary>Words in the category bit field.</summary>
    public int CategoryWords => Flags >> 2;
}
