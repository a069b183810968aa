using Attendance.Model.Features;

namespace Attendance.Training.Sets;

/// <summary>
/// The labelled rows of a history (attended = 0, no-show = 1) with their features, in input order until
/// <see cref="SortByStart"/>.
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

    /// <summary>
    /// Reorders the rows by start (ties keep input order), in place: afterwards every period is one
    /// contiguous <see cref="Block"/> and no copy of the matrix is needed.
    /// </summary>
    public void SortByStart()
    {
        var order = new int[Rows];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Sorting (start, input index) pairs makes the order stable and independent of the sort algorithm.
        var keys = StartMicros[..Rows];
        Array.Sort(keys, order);
        for (var i = 0; i < order.Length;)
        {
            var j = i + 1;
            while (j < order.Length && keys[j] == keys[i])
            {
                j++;
            }

            Array.Sort(order, i, j - i);
            i = j;
        }

        Permute(order);
    }

    /// <summary>The first row whose start is at or after <paramref name="micros"/> (rows sorted by start).</summary>
    public int FirstStartingAt(long micros)
    {
        var at = Array.BinarySearch(StartMicros, 0, Rows, micros);
        at = at < 0 ? ~at : at;
        while (at > 0 && StartMicros[at - 1] >= micros)
        {
            at--;
        }

        return at;
    }

    /// <summary>Rows <paramref name="first"/> .. <paramref name="first"/> + <paramref name="rows"/> − 1, without copying.</summary>
    public RowBlock Block(int first, int rows) =>
        new(new ArraySegment<float>(Matrix, first * Columns, rows * Columns), new ArraySegment<float>(Labels, first, rows));

    /// <summary>Moves old row order[i] to row i, following the permutation's cycles with one spare row.</summary>
    private void Permute(int[] order)
    {
        var placed = new bool[order.Length];
        var spare = new float[Columns];
        for (var i = 0; i < order.Length; i++)
        {
            if (placed[i] || order[i] == i)
            {
                continue;
            }

            Row(i).CopyTo(spare);
            var (spareLabel, spareStart) = (Labels[i], StartMicros[i]);
            var j = i;
            while (order[j] != i)
            {
                var from = order[j];
                Row(from).CopyTo(Row(j));
                Labels[j] = Labels[from];
                StartMicros[j] = StartMicros[from];
                placed[j] = true;
                j = from;
            }

            spare.CopyTo(Row(j));
            Labels[j] = spareLabel;
            StartMicros[j] = spareStart;
            placed[j] = true;
        }
    }

    private Span<float> Row(int row) => Matrix.AsSpan(row * Columns, Columns);
}
