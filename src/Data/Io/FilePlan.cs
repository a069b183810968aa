using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.Data.Io;

/// <summary>
/// How one file's columns become a contract batch: a source per contract column (its own column, a hive key,
/// or none when an optional column is absent) and one per <c>x_*</c> column. Building it checks the schema,
/// so a missing or mistyped column fails before any data is read. A projected plan checks every contract column
/// the file has (and every required one) but gives a source only to the projected ones.
/// </summary>
internal sealed class FilePlan
{
    private FilePlan(ColumnSource?[] fields, IReadOnlyList<(string Name, ColumnSource Source)> extras, IReadOnlyList<string> ignored)
    {
        Fields = fields;
        Extras = extras;
        Ignored = ignored;
    }

    /// <summary>Per contract field (schema order): its source, or null when the optional column is absent or not projected.</summary>
    public ColumnSource?[] Fields { get; }

    public IReadOnlyList<(string Name, ColumnSource Source)> Extras { get; }

    /// <summary>Columns neither in the contract nor <c>x_*</c>.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <param name="schema">The contract table.</param>
    /// <param name="file">The file and its partition keys.</param>
    /// <param name="parquet">The file's schema.</param>
    /// <param name="reads">The columns to read (contract and <c>x_*</c> names), or null for all.</param>
    /// <exception cref="DataContractException">A required column is missing, or a column's type does not fit.</exception>
    public static FilePlan Build(TableSchema schema, TableFile file, ParquetSchema parquet, IReadOnlySet<string>? reads = null)
    {
        var fields = new ColumnSource?[schema.Fields.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var spec = schema.Fields[i];
            var column = parquet.Find(spec.Name);
            if (column is not null)
            {
                fields[i] = column.IsNested ? null : StoredType.SourceFor(column, spec.Type);
                if (fields[i] is null)
                {
                    throw new DataContractException(DataContractError.WrongType, file.Path, spec.Name, null,
                        $"stored as {(column.IsNested ? "a nested field" : StoredType.Describe(column))}; the contract wants {Describe(spec.Type)}");
                }
            }
            else if (spec.Type == FieldType.String && file.PartitionKeys.TryGetValue(spec.Name, out var value))
            {
                fields[i] = new ConstantSource(value);
            }
            else if (spec.Required)
            {
                throw new DataContractException(DataContractError.MissingColumn, file.Path, spec.Name, null,
                    $"required column is missing from table {schema.Name}");
            }
            if (reads is not null && !reads.Contains(spec.Name))
            {
                fields[i] = null;
            }
        }
        var extras = new List<(string, ColumnSource)>();
        var ignored = new List<string>();
        foreach (var column in parquet.Columns)
        {
            if (schema.IndexOf(column.Name) >= 0)
            {
                continue;
            }
            if (!column.Name.StartsWith(Columns.ExtraPrefix, StringComparison.Ordinal) || column.IsNested)
            {
                ignored.Add(column.Name);
                continue;
            }
            if (reads is not null && !reads.Contains(column.Name))
            {
                continue;
            }
            var type = StoredType.ExtraType(column) ?? throw new DataContractException(DataContractError.WrongType, file.Path, column.Name, null,
                $"stored as {StoredType.Describe(column)}; extra x_ columns must be bool, integer, float/double, string, date or timestamp");
            extras.Add((column.Name, StoredType.SourceFor(column, type)!));
        }
        return new FilePlan(fields, extras, ignored);
    }

    private static string Describe(FieldType type) => type switch
    {
        FieldType.String => "a string (BYTE_ARRAY UTF8)",
        FieldType.Timestamp => "a timestamp (INT64 TIMESTAMP millis/micros/nanos or INT96)",
        FieldType.Int32 => "an integer (INT32, or INT64 within int32 range)",
        FieldType.Int64 => "an integer",
        FieldType.Double => "a number (DOUBLE, FLOAT or integer)",
        FieldType.Bool => "a boolean",
        FieldType.Date => "a date (DATE or a timestamp)",
        _ => type.ToString(),
    };
}
