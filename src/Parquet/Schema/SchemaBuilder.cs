namespace Attendance.Parquet.Schema;

/// <summary>Turns the footer's depth-first schema element list into leaf columns.</summary>
internal static class SchemaBuilder
{
    private const int MaxDepth = 100;

    public static ParquetSchema Build(IReadOnlyList<SchemaElement> elements)
    {
        if (elements.Count == 0)
        {
            throw new ParquetFormatException("schema is empty");
        }

        var columns = new List<ParquetColumn>();
        var path = new List<string>();
        var next = 1;
        var rootChildren = elements[0].NumChildren ?? 0;
        for (var i = 0; i < rootChildren; i++)
        {
            next = Visit(elements, next, path, 0, 0, columns);
        }

        if (next != elements.Count)
        {
            throw new ParquetFormatException($"schema has {elements.Count} elements but the tree covers {next}");
        }

        return new ParquetSchema(columns);
    }

    private static int Visit(IReadOnlyList<SchemaElement> elements, int index, List<string> path, int definition, int repetition, List<ParquetColumn> columns)
    {
        if (index >= elements.Count)
        {
            throw new ParquetFormatException("schema tree refers to more elements than the footer holds");
        }

        if (path.Count >= MaxDepth)
        {
            throw new ParquetFormatException("schema nested too deeply");
        }

        var element = elements[index];
        var repetitionType = element.RepetitionType ?? FieldRepetitionType.Optional;
        if (repetitionType != FieldRepetitionType.Required)
        {
            definition++;
        }

        if (repetitionType == FieldRepetitionType.Repeated)
        {
            repetition++;
        }

        path.Add(element.Name);
        var next = index + 1;
        var children = element.NumChildren ?? 0;
        if (children < 0 || children > elements.Count - next)
        {
            throw new ParquetFormatException($"schema element '{element.Name}' claims {children} children");
        }

        if (children > 0 || element.Type is null)
        {
            for (var i = 0; i < children; i++)
            {
                next = Visit(elements, next, path, definition, repetition, columns);
            }
        }
        else
        {
            columns.Add(ToColumn(element, path, definition, repetition, columns.Count));
        }

        path.RemoveAt(path.Count - 1);
        return next;
    }

    private static ParquetColumn ToColumn(SchemaElement element, List<string> path, int definition, int repetition, int index)
    {
        var physical = element.Type!.Value;
        if (physical is < PhysicalType.Boolean or > PhysicalType.FixedLenByteArray)
        {
            throw new ParquetFormatException($"column '{string.Join('.', path)}' has unknown physical type {(int)physical}");
        }

        var logical = element.LogicalType;
        if (logical is null && element.ConvertedType is { } converted)
        {
            logical = LogicalType.FromConverted(converted, element.Precision ?? 0, element.Scale ?? 0);
        }

        return new ParquetColumn(
            string.Join('.', path),
            physical,
            logical,
            definition > 0,
            path.Count > 1 || repetition > 0,
            element.TypeLength ?? 0)
        {
            Index = index,
            MaxDefinitionLevel = definition,
            MaxRepetitionLevel = repetition,
        };
    }
}
