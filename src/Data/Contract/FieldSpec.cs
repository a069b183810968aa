namespace Attendance.Data.Contract;

/// <summary>One column of a contract table.</summary>
/// <param name="Name">Column name as it appears in the Parquet file.</param>
/// <param name="Type">In-memory type.</param>
/// <param name="Required">A required column must exist and must not hold nulls.</param>
/// <param name="AllowedValues">For categorical string columns: the only accepted values (nulls allowed if not required).</param>
/// <param name="Unique">Values must be unique across all files of the table (identifiers).</param>
/// <param name="Identifier">An identifier column: the CPR guard always checks it (it checks every string column anyway).</param>
public sealed record FieldSpec(
    string Name,
    FieldType Type,
    bool Required = false,
    IReadOnlyList<string>? AllowedValues = null,
    bool Unique = false,
    bool Identifier = false)
{
    /// <summary>True when <paramref name="value"/> is one of <see cref="AllowedValues"/> (or no list is set).</summary>
    public bool Allows(string value)
    {
        if (AllowedValues is null)
        {
            return true;
        }
        foreach (var allowed in AllowedValues)
        {
            if (string.Equals(allowed, value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
