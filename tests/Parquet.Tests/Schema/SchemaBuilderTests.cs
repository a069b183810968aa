using Attendance.Parquet.Schema;

namespace Attendance.Parquet.Tests.Schema;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Build_GroupsAndRepeatedFields_GiveDottedNamesLevelsAndNestedFlags()
    {
        SchemaElement[] elements =
        [
            Group("schema", 3),
            Leaf("id", PhysicalType.Int64, FieldRepetitionType.Required),
            Group("address", 2, FieldRepetitionType.Optional),
            Leaf("city", PhysicalType.ByteArray, FieldRepetitionType.Optional),
            Leaf("zip", PhysicalType.Int32, FieldRepetitionType.Required),
            Group("tags", 1, FieldRepetitionType.Optional),
            Group("list", 1, FieldRepetitionType.Repeated),
            Leaf("element", PhysicalType.ByteArray, FieldRepetitionType.Optional),
        ];

        var columns = SchemaBuilder.Build(elements).Columns;

        Assert.Equal(["id", "address.city", "address.zip", "tags.list.element"], columns.Select(c => c.Name));
        Assert.Equal([0, 2, 1, 3], columns.Select(c => c.MaxDefinitionLevel));
        Assert.Equal([0, 0, 0, 1], columns.Select(c => c.MaxRepetitionLevel));
        Assert.Equal([false, true, true, true], columns.Select(c => c.IsNested));
        Assert.Equal([0, 1, 2, 3], columns.Select(c => c.Index));
        Assert.False(columns[0].IsOptional);
    }

    [Fact]
    public void Build_ConvertedTypeOnly_ResolvesLogicalType()
    {
        var leaf = Leaf("amount", PhysicalType.Int64, FieldRepetitionType.Optional);
        leaf.ConvertedType = ConvertedType.Decimal;
        leaf.Precision = 18;
        leaf.Scale = 3;

        var column = SchemaBuilder.Build([Group("schema", 1), leaf]).Columns[0];

        Assert.Equal(new LogicalType(LogicalTypeKind.Decimal, Precision: 18, Scale: 3), column.LogicalType);
    }

    [Fact]
    public void Build_ChildrenBeyondElementList_Throws()
    {
        Assert.Throws<ParquetFormatException>(() => SchemaBuilder.Build([Group("schema", 3), Leaf("a", PhysicalType.Int32, FieldRepetitionType.Required)]));
    }

    [Fact]
    public void Build_ElementsNotCoveredByTree_Throws()
    {
        SchemaElement[] elements = [Group("schema", 1), Leaf("a", PhysicalType.Int32, FieldRepetitionType.Required), Leaf("b", PhysicalType.Int32, FieldRepetitionType.Required)];

        Assert.Throws<ParquetFormatException>(() => SchemaBuilder.Build(elements));
    }

    [Fact]
    public void Build_UnknownPhysicalType_Throws()
    {
        Assert.Throws<ParquetFormatException>(() => SchemaBuilder.Build([Group("schema", 1), Leaf("a", (PhysicalType)42, FieldRepetitionType.Required)]));
    }

    [Fact]
    public void Build_PathologicallyDeepTree_ThrowsInsteadOfOverflowingTheStack()
    {
        var elements = Enumerable.Range(0, 5_000).Select(i => Group("g" + i, 1)).Append(Leaf("x", PhysicalType.Int32, FieldRepetitionType.Required)).ToArray();

        Assert.Throws<ParquetFormatException>(() => SchemaBuilder.Build(elements));
    }

    [Fact]
    public void Find_ExactName_ReturnsColumnAndUnknownReturnsNull()
    {
        var schema = SchemaBuilder.Build([Group("schema", 1), Leaf("a", PhysicalType.Int32, FieldRepetitionType.Required)]);

        Assert.Equal("a", schema.Find("a")!.Name);
        Assert.Null(schema.Find("A"));
    }

    private static SchemaElement Group(string name, int children, FieldRepetitionType? repetition = null) =>
        new() { Name = name, NumChildren = children, RepetitionType = repetition };

    private static SchemaElement Leaf(string name, PhysicalType type, FieldRepetitionType repetition) =>
        new() { Name = name, Type = type, RepetitionType = repetition };
}
