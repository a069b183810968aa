namespace Attendance.Parquet.Tests.Interop;

/// <summary>Files written by DuckDB (and hyparquet-writer) read with our reader to the writer's values.</summary>
public sealed class DuckDbWrittenFileTests(DuckDbMatrixFixture fixture) : IClassFixture<DuckDbMatrixFixture>
{
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("snappy")]
    [InlineData("gzip")]
    [InlineData("zstd")]
    public void Read_DuckDbMatrixFile_ReturnsDuckDbValuesForEveryTypeAndNull(string codec)
    {
        var files = fixture.Document.Files.Where(f => f.Codec == codec && f.Table is "plain" or "nulls").ToList();
        Assert.Equal(8, files.Count); // page v1/v2 × dictionary on/off × no nulls/nulls

        var differences = files.SelectMany(ReadDifferences).ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Read_DuckDbMatrixWithoutNulls_GivesNoNullMask()
    {
        var table = fixture.Document.Tables["plain"];
        var withMask = (
            from file in fixture.Files("plain")
            from column in table.Columns
            where ReadWithOurReader(file, column).AnyNullMask
            select $"{file}: {column.Name}").ToList();

        Assert.True(withMask.Count == 0, "a null mask on a chunk without nulls: " + string.Join(", ", withMask));
    }

    [Fact]
    public void Read_DuckDbMatrix_ExercisesEveryEncodingDuckDbWrites()
    {
        // Guards the matrix itself: were DuckDB to change its defaults, these tests would silently prove less.
        var used = fixture.Document.Files.SelectMany(f => f.Encodings).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "PLAIN", "PLAIN_DICTIONARY", "RLE_DICTIONARY", "DELTA_BINARY_PACKED", "DELTA_LENGTH_BYTE_ARRAY", "DELTA_BYTE_ARRAY", "BYTE_STREAM_SPLIT" },
            used);
    }

    [Fact]
    public void Read_DuckDbFileWithNestedColumns_ListsThemAsNestedAndRefusesThemByName()
    {
        foreach (var file in fixture.Files("nulls"))
        {
            using var reader = ParquetFileReader.Open(file.Path);
            var nested = reader.Schema.Columns.Where(c => c.IsNested).Select(c => c.Name).ToList();

            Assert.Equal(["c_struct.a", "c_struct.b", "c_list.list.element"], nested);
            foreach (var name in nested)
            {
                var error = Assert.Throws<NotSupportedException>(() => reader.ReadColumn<int>(0, name));
                Assert.Contains(name, error.Message, StringComparison.Ordinal);
                Assert.Contains("nested", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Read_DuckDbFileWithoutRows_HasTheSchemaAndNoRowGroups()
    {
        var file = fixture.Files("empty").Single();

        using var reader = ParquetFileReader.Open(file.Path);

        Assert.Equal(0, reader.RowCount);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Equal(
            fixture.Document.Tables["plain"].Columns.Select(c => c.Name),
            reader.Schema.Columns.Where(c => !c.IsNested).Select(c => c.Name));
    }

    [Fact]
    public void Read_DuckDbUInt64BeyondLongRange_ThrowsNamingFileAndColumn()
    {
        var file = fixture.Files("ubigint").Single();
        using var reader = ParquetFileReader.Open(file.Path);

        var error = Assert.Throws<ParquetFormatException>(() => reader.ReadColumn<long>(0, "c_ubigint"));

        Assert.Equal("c_ubigint", error.Column);
        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big-snappy-v1.parquet")]
    [InlineData("big-snappy-v2.parquet")]
    public void Read_DuckDbFileWithSeveralRowGroups_ReturnsEveryRowInOrder(string name)
    {
        var file = fixture.Files("big").Single(f => f.ToString() == name);
        using (var reader = ParquetFileReader.Open(file.Path))
        {
            Assert.Equal(5, reader.RowGroupCount);
            Assert.Equal(fixture.Document.Tables["big"].Rows, reader.RowCount);
            Assert.Equal(reader.RowCount, Enumerable.Range(0, reader.RowGroupCount).Sum(reader.GetRowGroupRowCount));
        }

        var differences = ReadDifferences(file).ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Read_HyparquetWriterFileWithManyPagesPerChunk_ReturnsWriterValues()
    {
        // Small pages (2 KB), v2 pages, DELTA_BYTE_ARRAY, TIMESTAMP(MILLIS/NANOS) UTC, TIME(MILLIS), INT(8), UINT(16).
        var file = fixture.Files("pages").Single();
        Assert.True(file.MinDataPagesPerChunk >= 3, $"only {file.MinDataPagesPerChunk} data pages in some chunk");
        using (var reader = ParquetFileReader.Open(file.Path))
        {
            Assert.Equal(3, reader.RowGroupCount);
        }

        var differences = ReadDifferences(file).ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private IEnumerable<string> ReadDifferences(MatrixFile file)
    {
        var table = fixture.Document.Tables[file.Table];
        using var reader = ParquetFileReader.Open(file.Path);
        if (reader.RowCount != table.Rows)
        {
            yield return $"{file}: RowCount {reader.RowCount}, expected {table.Rows}";
        }
        foreach (var column in table.Columns)
        {
            IReadOnlyList<string?> actual;
            string? failure = null;
            try
            {
                actual = CanonicalValues.Read(reader, column.Name, column.Kind).Values;
            }
            catch (Exception e) when (e is ParquetFormatException or NotSupportedException or ArgumentException or InvalidCastException)
            {
                actual = [];
                failure = $"{file} {column.Name} ({column.DuckdbType ?? column.Kind}): {e.GetType().Name}: {e.Message}";
            }
            if (failure is not null)
            {
                yield return failure;
                continue;
            }
            foreach (var difference in CanonicalValues.Differences($"{file} {column.Name} ({column.DuckdbType ?? column.Kind})", CanonicalValues.FromJson(column), actual))
            {
                yield return difference;
            }
        }
    }

    private static ReadColumn ReadWithOurReader(MatrixFile file, ColumnValues column)
    {
        using var reader = ParquetFileReader.Open(file.Path);
        return CanonicalValues.Read(reader, column.Name, column.Kind);
    }
}
