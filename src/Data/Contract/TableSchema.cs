namespace Attendance.Data.Contract;

/// <summary>One table of the data contract: its name (also the folder name under a region) and its columns.</summary>
public sealed class TableSchema
{
    private readonly Dictionary<string, int> _index;

    public TableSchema(string name, IReadOnlyList<FieldSpec> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Fields = fields;
        _index = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            _index.Add(fields[i].Name, i);
        }
    }

    /// <summary>Table name: <c>history</c>, <c>bookings</c>, <c>slots</c>, <c>waitlist</c> or <c>truth</c>.</summary>
    public string Name { get; }

    /// <summary>The contract's columns in their canonical order (the order writers use).</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The position of a column in <see cref="Fields"/>, or -1.</summary>
    public int IndexOf(string column) => _index.TryGetValue(column, out var i) ? i : -1;

    /// <summary>The column's spec, or null when the contract has no such column.</summary>
    public FieldSpec? Find(string column) => _index.TryGetValue(column, out var i) ? Fields[i] : null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
