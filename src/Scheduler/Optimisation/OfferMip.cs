using Attendance.Scheduler.Inputs;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Optimisation;

/// <summary>
/// The department MIP in column form: maximise Σ v_c x_c over binary columns (candidates) subject to
/// one column per slot, one per entry, phone columns ≤ the call cap, and digital columns per local day ≤ the digital cap.
/// Every column has 2 or 3 unit coefficients, so building is linear in the candidates.
/// </summary>
internal static class OfferMip
{
    public static MipProblem Build(OfferInstance instance, DepartmentCandidates candidates, DepartmentLimits limits)
    {
        var columns = candidates.Columns;
        var slotRow = new Dictionary<int, int>();
        var entryRow = new Dictionary<int, int>();
        var dayRow = new Dictionary<DateOnly, int>();
        var rowUpper = new List<double>();
        int RowOf<TKey>(Dictionary<TKey, int> rows, TKey key, double upper)
            where TKey : notnull
        {
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = rowUpper.Count;
                rowUpper.Add(upper);
            }

            return row;
        }

        var phoneRow = -1;
        var starts = new int[columns.Length + 1];
        var rowIndices = new List<int>(3 * columns.Length);
        var objective = new double[columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            var c = columns[j];
            starts[j] = rowIndices.Count;
            objective[j] = c.Value;
            rowIndices.Add(RowOf(slotRow, c.Slot, 1));
            if (c.Entry >= 0)
            {
                rowIndices.Add(RowOf(entryRow, c.Entry, 1));
            }

            if (c.Channel == OfferChannel.Phone)
            {
                if (phoneRow < 0)
                {
                    phoneRow = rowUpper.Count;
                    rowUpper.Add(limits.PhoneCap);
                }

                rowIndices.Add(phoneRow);
            }
            else
            {
                var day = instance.PreparedSlots[c.Slot].Day;
                rowIndices.Add(RowOf(dayRow, day, limits.DigitalCapByDay[day]));
            }
        }

        starts[columns.Length] = rowIndices.Count;
        var values = new double[rowIndices.Count];
        Array.Fill(values, 1.0);
        var lower = new double[columns.Length];
        var upper = new double[columns.Length];
        Array.Fill(upper, 1.0);
        var integer = new bool[columns.Length];
        Array.Fill(integer, true);
        var rowLower = new double[rowUpper.Count];
        Array.Fill(rowLower, double.NegativeInfinity);
        return new MipProblem(objective, lower, upper, integer, starts, [.. rowIndices], values, rowLower, [.. rowUpper], maximize: true);
    }
}
