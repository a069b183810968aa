namespace Attendance.Training.Sets;

/// <summary>Consecutive rows of a <see cref="LabelledSet"/>: their features (row-major) and labels, as views.</summary>
public readonly record struct RowBlock(ArraySegment<float> Features, ArraySegment<float> Labels)
{
    /// <summary>Rows in the block.</summary>
    public int Rows => Labels.Count;
}
