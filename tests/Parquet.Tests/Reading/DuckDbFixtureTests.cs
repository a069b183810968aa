using Attendance.Parquet.Tests.Support;

namespace Attendance.Parquet.Tests.Reading;

/// <summary>Files written by DuckDB (see Fixtures/README.md); every value is known from the generating query.</summary>
public sealed class DuckDbFixtureTests
{
    private const int Rows = 300;

    public static TheoryData<string> Files() => new() { "duckdb-v1-snappy.parquet", "duckdb-v2-zstd.parquet" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_DuckDbFile_ReturnsQueryValues(string file)
    {
        using var reader = ParquetFileReader.Open(Fixtures.Path(file));

        Assert.Equal(Rows, reader.RowCount);
        AssertColumn<long>(reader, "id", i => i);
        AssertColumn<bool>(reader, "b", i => i % 3 == 0);
        AssertColumn<int>(reader, "n", i => i % 5 == 0 ? null : i % 100);
        AssertColumn<int>(reader, "i16", i => i - 150);
        AssertColumn<long>(reader, "u32", i => i * 1000L);
        AssertColumn<float>(reader, "f", i => i * 1.5f);
        AssertColumn<double>(reader, "f", i => i * 1.5);
        AssertColumn<double>(reader, "d", i => i % 10 == 9 ? null : i / 7.0);
        AssertColumn<string>(reader, "s", i => i % 11 == 0 ? null : "site" + (i % 5));
        AssertColumn<string>(reader, "s2", i => "uniq" + i);
        AssertColumn<decimal>(reader, "dec30", i => (i * 1.25m) - 100m);
        AssertColumn<int>(reader, "day", i => 18_262 + i);
        AssertColumn<long>(reader, "tstz", i => 1_704_067_200_000_000L + (i * 1_000_003L));
        AssertColumn<long>(reader, "tsns", i => 1_704_067_200_000_000L + (i * 1_000L));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Schema_DuckDbFile_DescribesLogicalTypes(string file)
    {
        using var reader = ParquetFileReader.Open(Fixtures.Path(file));
        var schema = reader.Schema;

        Assert.Equal(LogicalType.Timestamp(TimeUnit.Micros, isAdjustedToUtc: true), schema.Find("tstz")!.LogicalType);
        Assert.Equal(LogicalType.Timestamp(TimeUnit.Nanos, isAdjustedToUtc: false), schema.Find("tsns")!.LogicalType);
        Assert.Equal(LogicalType.Integer(32, isSigned: false), schema.Find("u32")!.LogicalType);
        Assert.Equal(new LogicalType(LogicalTypeKind.Decimal, Precision: 30, Scale: 4), schema.Find("dec30")!.LogicalType);
        Assert.Equal(PhysicalType.FixedLenByteArray, schema.Find("dec30")!.PhysicalType);
        Assert.True(schema.Find("lst.list.element")!.IsNested);
        Assert.False(schema.Find("id")!.IsNested);
    }

    [Fact]
    public void ReadColumn_NestedColumn_ThrowsNotSupportedNamingColumn()
    {
        using var reader = ParquetFileReader.Open(Fixtures.Path("duckdb-v2-zstd.parquet"));

        var ex = Assert.Throws<NotSupportedException>(() => reader.ReadColumn<long>(0, "lst.list.element"));
        Assert.Equal("not supported: column lst.list.element (nested)", ex.Message);
    }

    [Fact]
    public void ReadColumn_Uint32AsInt_ThrowsArgumentNamingColumn()
    {
        using var reader = ParquetFileReader.Open(Fixtures.Path("duckdb-v1-snappy.parquet"));

        var ex = Assert.Throws<ArgumentException>(() => reader.ReadColumn<int>(0, "u32"));
        Assert.Contains("'u32'", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertColumn<T>(ParquetFileReader reader, string column, Func<int, object?> expected)
    {
        var row = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var data = reader.ReadColumn<T>(g, column);
            for (var i = 0; i < data.Count; i++, row++)
            {
                var want = expected(row);
                Assert.True(want is null == data.IsNull(i), $"{column} row {row}: null mismatch");
                if (want is not null)
                {
                    Assert.Equal((T)Convert.ChangeType(want, typeof(T), System.Globalization.CultureInfo.InvariantCulture), data.Values[i]);
                }
            }
        }

        Assert.Equal(Rows, row);
    }
}
