namespace Attendance.Data.Batches;

/// <summary>
/// The <c>x_*</c> values of one row (row path). The names are shared by all rows of a batch; values are
/// bool, long, double, string, long (timestamps, UTC micros) or null.
/// </summary>
public sealed class ExtraValues
{
    /// <summary>No extra columns.</summary>
    public static readonly ExtraValues Empty = new([], []);

    public ExtraValues(IReadOnlyList<string> names, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (names.Count != values.Length)
        {
            throw new ArgumentException("one value per name", nameof(values));
        }
        Names = names;
        Values = values;
    }

    /// <summary>Column names, in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Values, parallel to <see cref="Names"/>.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>Number of extra columns.</summary>
    public int Count => Names.Count;

    /// <summary>The value of a column by name; false when the row has no such column.</summary>
    public bool TryGet(string name, out object? value)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                value = Values[i];
                return true;
            }
        }
        value = null;
        return false;
    }
}
