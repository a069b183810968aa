using Attendance.Model.Features;

namespace Attendance.Training.Sets;

/// <summary>
/// The labelled rows of a history (attended = 0, no-show = 1) with their features, in input order.
/// Row r of <see cref="Matrix"/> (row-major, <see cref="Columns"/> wide) has label <c>Labels[r]</c> and
/// starts at <c>StartMicros[r]</c>.
/// </summary>
public sealed class LabelledSet
{
    internal LabelledSet(FeatureSpec spec, float[] matrix, float[] labels, long[] startMicros, HistoryWarnings warnings)
    {
        Spec = spec;
        Matrix = matrix;
        Labels = labels;
        StartMicros = startMicros;
        Warnings = warnings;
    }

    /// <summary>The columns.</summary>
    public FeatureSpec Spec { get; }

    /// <summary>Values per row.</summary>
    public int Columns => Spec.Features.Count;

    /// <summary>Labelled rows.</summary>
    public int Rows => Labels.Length;

    /// <summary>Features, row-major; may be longer than Rows × Columns.</summary>
    public float[] Matrix { get; }

    /// <summary>1 = no-show, 0 = attended.</summary>
    public float[] Labels { get; }

    /// <summary>start_at of each row, UTC micros.</summary>
    public long[] StartMicros { get; }

    /// <summary>What the input held that needed a warning.</summary>
    public HistoryWarnings Warnings { get; }

    /// <summary>The row indices ordered by start (ties by input order).</summary>
    public int[] OrderByStart()
    {
        var order = new int[Rows];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = StartMicros[..Rows];
        Array.Sort(keys, order);
        // Array.Sort is not stable; restore input order within equal starts for determinism.
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j < order.Length && keys[j] == keys[i])
            {
                j++;
            }

            Array.Sort(order, i, j - i);
            i = j;
        }

        return order;
    }

    /// <summary>Copies the given rows into a new matrix and label vector.</summary>
    public (float[] Matrix, float[] Labels) Gather(ReadOnlySpan<int> rows)
    {
        var matrix = new float[rows.Length * Columns];
        var labels = new float[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            Matrix.AsSpan(rows[i] * Columns, Columns).CopyTo(matrix.AsSpan(i * Columns, Columns));
            labels[i] = Labels[rows[i]];
        }

        return (matrix, labels);
    }
}
