using Attendance.Parquet.Tests.Support;

namespace Attendance.Parquet.Tests.Writing;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<ParquetCompression, int, bool> Layouts()
    {
        var data = new TheoryData<ParquetCompression, int, bool>();
        foreach (var compression in Enum.GetValues<ParquetCompression>())
        {
            foreach (var version in new[] { 1, 2 })
            {
                foreach (var dictionary in new[] { true, false })
                {
                    data.Add(compression, version, dictionary);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Write_ThenRead_ReturnsEveryValueAndNull(ParquetCompression compression, int pageVersion, bool dictionary)
    {
        var table = new SampleTable(2_500);
        var path = _dir.File("t.parquet");
        table.Write(path, new ParquetWriterOptions
        {
            Compression = compression,
            DataPageVersion = pageVersion,
            Dictionary = dictionary,
            RowGroupRows = 1_000,
            PageBytes = 700,
        });

        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(2_500, reader.RowCount);
        Assert.Equal(3, reader.RowGroupCount);
        Assert.Equal([1_000L, 1_000L, 500L], Enumerable.Range(0, 3).Select(reader.GetRowGroupRowCount));
        AssertTableEquals(table, reader);
    }

    [Fact]
    public void Write_SmallPages_SplitsChunksIntoSeveralPagesThatReadBack()
    {
        var table = new SampleTable(3_000);
        var path = _dir.File("pages.parquet");
        table.Write(path, new ParquetWriterOptions { PageBytes = 256, RowGroupRows = 3_000 });

        using var reader = ParquetFileReader.Open(path);
        var id = reader.Metadata.RowGroups[0].Columns[0].MetaData!;

        // 3,000 unique longs at 256 bytes a page cannot fit in fewer than 8 pages (plus headers).
        Assert.True(id.TotalUncompressedSize > 3_000 * 8 / 256 * 10, "expected many pages");
        AssertTableEquals(table, reader);
    }

    [Fact]
    public void ReadColumn_IntoReusedColumnData_OverwritesPreviousChunk()
    {
        var table = new SampleTable(1_500);
        var path = _dir.File("reuse.parquet");
        table.Write(path, new ParquetWriterOptions { RowGroupRows = 1_000 });
        using var reader = ParquetFileReader.Open(path);
        var data = new ColumnData<int>();

        reader.ReadColumn(0, "count", data);
        var firstArray = data.Values;
        reader.ReadColumn(1, "count", data);

        Assert.Same(firstArray, data.Values);
        Assert.Equal(500, data.Count);
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(table.Count[1_000 + i] is null, data.IsNull(i));
            Assert.Equal(table.Count[1_000 + i] ?? 0, data.Values[i]);
        }
    }

    internal static void AssertTableEquals(SampleTable table, ParquetFileReader reader)
    {
        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rows = (int)reader.GetRowGroupRowCount(g);
            AssertColumn(reader.ReadColumn<long>(g, "id"), table.Id.Skip(offset).Take(rows).Select(v => (long?)v));
            AssertColumn(reader.ReadColumn<bool>(g, "flag"), table.Flag.Skip(offset).Take(rows));
            AssertColumn(reader.ReadColumn<int>(g, "count"), table.Count.Skip(offset).Take(rows));
            AssertFloats(reader.ReadColumn<float>(g, "ratio"), table.Ratio.Skip(offset).Take(rows).ToArray());
            AssertColumn(reader.ReadColumn<double>(g, "score"), table.Score.Skip(offset).Take(rows));
            AssertStrings(reader.ReadColumn<string>(g, "site"), table.Site.Skip(offset).Take(rows).ToArray());
            AssertStrings(reader.ReadColumn<string>(g, "note"), table.Note.Skip(offset).Take(rows).ToArray());
            AssertColumn(reader.ReadColumn<int>(g, "day"), table.Day.Skip(offset).Take(rows));
            AssertColumn(reader.ReadColumn<long>(g, "start_at"), table.StartAt.Skip(offset).Take(rows));
            offset += rows;
        }

        Assert.Equal(table.Rows, offset);
    }

    private static void AssertColumn<T>(ColumnData<T> actual, IEnumerable<T?> expected)
        where T : struct
    {
        var expectedArray = expected.ToArray();
        Assert.Equal(expectedArray.Length, actual.Count);
        Assert.Equal(expectedArray.Any(v => v is null), actual.Nulls is not null);
        for (var i = 0; i < expectedArray.Length; i++)
        {
            Assert.True(expectedArray[i] is null == actual.IsNull(i), $"row {i}: null mismatch");
            Assert.Equal(expectedArray[i].GetValueOrDefault(), actual.Values[i]);
        }
    }

    private static void AssertFloats(ColumnData<float> actual, float[] expected)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(expected[i]), BitConverter.SingleToInt32Bits(actual.Values[i]));
        }
    }

    private static void AssertStrings(ColumnData<string> actual, string?[] expected)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual.IsNull(i) ? null : actual.Values[i]);
        }
    }
}
