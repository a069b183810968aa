using Attendance.Training.Sets;

namespace Attendance.Training;

/// <summary>Finds feature columns that carry no information in the training rows (the first rows of a set sorted by start): all missing, or one value.</summary>
internal static class ColumnChecks
{
    public static void Run(LabelledSet set, int trainRows)
    {
        var columns = set.Columns;
        for (var j = 0; j < columns; j++)
        {
            var first = float.NaN;
            var constant = true;
            for (var r = 0; r < trainRows; r++)
            {
                var value = set.Matrix[(r * columns) + j];
                if (float.IsNaN(value))
                {
                    continue;
                }

                if (float.IsNaN(first))
                {
                    first = value;
                }
                else if (value != first)
                {
                    constant = false;
                    break;
                }
            }

            var name = set.Spec.Features[j].Name;
            if (float.IsNaN(first))
            {
                set.Warnings.AllMissingColumns.Add(name);
            }
            else if (constant)
            {
                set.Warnings.ConstantColumns.Add(name);
            }
        }
    }
}
