using System.Text;
using Attendance.Parquet.Tests.Support;

namespace Attendance.Parquet.Tests.Writing;

public sealed class ParquetFileWriterTests : IDisposable
{
    private static readonly ParquetColumnSpec[] TwoColumns =
    [
        new("score", ParquetValueType.Double, Nullable: true),
        new("name", ParquetValueType.String, Nullable: false),
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Dispose_WithoutComplete_LeavesNoFileAndNoTemporary()
    {
        var path = _dir.File("out.parquet");
        using (var writer = CreateSut(path))
        {
            WriteRows(writer, 10);
        }

        Assert.Empty(Directory.GetFileSystemEntries(_dir.Path));
    }

    [Fact]
    public void Complete_ExistingTarget_ReplacesItAndLeavesNoTemporary()
    {
        var path = _dir.File("out.parquet");
        File.WriteAllText(path, "old");
        using (var writer = CreateSut(path))
        {
            WriteRows(writer, 10);
            Assert.Equal("old", File.ReadAllText(path));
            writer.Complete();
        }

        Assert.Equal([path], Directory.GetFileSystemEntries(_dir.Path));
        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(10, reader.RowCount);
    }

    [Fact]
    public void Complete_WritesMinMaxAndNullCountStatistics()
    {
        var path = _dir.File("stats.parquet");
        using (var writer = CreateSut(path))
        {
            var batch = writer.CreateBatch(5);
            double[] scores = [0.0, -3.5, double.NaN, 12.25, 7];
            scores.CopyTo(batch.Values<double>(0));
            batch.Nulls(0)[4] = true;
            string[] names = ["b", "a", "Å", "z", "ab"];
            names.CopyTo(batch.Values<string?>(1));
            batch.Count = 5;
            writer.Write(batch);
            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        var score = reader.Metadata.RowGroups[0].Columns[0].MetaData!.Statistics!;
        Assert.Equal(1, score.NullCount);
        Assert.Equal(-3.5, BitConverter.ToDouble(score.MinValue!.Value.Span));
        Assert.Equal(12.25, BitConverter.ToDouble(score.MaxValue!.Value.Span));
        var name = reader.Metadata.RowGroups[0].Columns[1].MetaData!.Statistics!;
        Assert.Equal(0, name.NullCount);
        Assert.Equal("a", Encoding.UTF8.GetString(name.MinValue!.Value.Span));
        Assert.Equal("Å", Encoding.UTF8.GetString(name.MaxValue!.Value.Span));
    }

    [Fact]
    public void Complete_ZeroMinimum_IsWrittenAsNegativeZero()
    {
        var path = _dir.File("zero.parquet");
        using (var writer = CreateSut(path))
        {
            var batch = writer.CreateBatch(2);
            batch.Values<double>(0)[0] = 0.0;
            batch.Values<double>(0)[1] = 1.0;
            batch.Values<string?>(1).Fill("x");
            batch.Count = 2;
            writer.Write(batch);
            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        var min = BitConverter.ToDouble(reader.Metadata.RowGroups[0].Columns[0].MetaData!.Statistics!.MinValue!.Value.Span);
        Assert.True(double.IsNegative(min) && min == 0);
    }

    [Fact]
    public void Write_LowCardinality_UsesDictionaryAndHighCardinalityFallsBackToPlain()
    {
        var path = _dir.File("dict.parquet");
        using (var writer = CreateSut(path, new ParquetWriterOptions { DictionaryMaxBytes = 4_096 }))
        {
            var batch = writer.CreateBatch(2_000);
            for (var i = 0; i < 2_000; i++)
            {
                batch.Values<double>(0)[i] = i % 3;
                batch.Values<string?>(1)[i] = "unique name number " + i;
            }

            batch.Count = 2_000;
            writer.Write(batch);
            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        var chunks = reader.Metadata.RowGroups[0].Columns;
        Assert.Contains(ParquetEncoding.RleDictionary, chunks[0].MetaData!.Encodings);
        Assert.NotNull(chunks[0].MetaData!.DictionaryPageOffset);
        Assert.DoesNotContain(ParquetEncoding.RleDictionary, chunks[1].MetaData!.Encodings);
        Assert.Null(chunks[1].MetaData!.DictionaryPageOffset);
        Assert.Equal("unique name number 1999", reader.ReadColumn<string>(0, "name").Values[1_999]);
        Assert.Equal(1.0, reader.ReadColumn<double>(0, "score").Values[1_000]);
    }

    [Fact]
    public void Complete_KeyValueMetadata_IsReadBack()
    {
        var path = _dir.File("kv.parquet");
        var metadata = new Dictionary<string, string> { ["source"] = "test", ["æøå"] = "ÆØÅ" };
        using (var writer = CreateSut(path, new ParquetWriterOptions { KeyValueMetadata = metadata }))
        {
            WriteRows(writer, 1);
            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(metadata, reader.KeyValueMetadata);
    }

    [Fact]
    public void Complete_NoRows_WritesReadableEmptyFile()
    {
        var path = _dir.File("empty.parquet");
        using (var writer = CreateSut(path))
        {
            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(0, reader.RowCount);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Equal(["score", "name"], reader.Schema.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Write_NullStringInRequiredColumn_ThrowsNamingColumnAndRow()
    {
        using var writer = CreateSut(_dir.File("bad.parquet"));
        var batch = writer.CreateBatch(3);
        batch.Values<string?>(1)[0] = "a";
        batch.Count = 2;

        var ex = Assert.Throws<ArgumentException>(() => writer.Write(batch));
        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("row 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_WrongType_ThrowsArgumentException()
    {
        using var writer = CreateSut(_dir.File("bad.parquet"));
        var batch = writer.CreateBatch(3);

        Assert.Throws<ArgumentException>(() => batch.Values<long>(0));
        Assert.Throws<ArgumentException>(() => batch.Nulls(1));
    }

    [Fact]
    public void Constructor_DuplicateColumnNames_Throws()
    {
        ParquetColumnSpec[] columns = [new("a", ParquetValueType.Int32, false), new("a", ParquetValueType.Int64, false)];

        Assert.Throws<ArgumentException>(() => new ParquetFileWriter(_dir.File("dup.parquet"), columns));
    }

    [Fact]
    public void Write_ManySmallBatches_CutsRowGroupsAtExactlyRowGroupRows()
    {
        var path = _dir.File("groups.parquet");
        using (var writer = CreateSut(path, new ParquetWriterOptions { RowGroupRows = 100 }))
        {
            for (var i = 0; i < 25; i++)
            {
                WriteRows(writer, 17);
            }

            writer.Complete();
        }

        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(Enumerable.Repeat(100L, 4).Append(25), Enumerable.Range(0, reader.RowGroupCount).Select(reader.GetRowGroupRowCount));
    }

    private static ParquetFileWriter CreateSut(string path, ParquetWriterOptions? options = null) => new(path, TwoColumns, options);

    private static void WriteRows(ParquetFileWriter writer, int rows)
    {
        var batch = writer.CreateBatch(rows);
        for (var i = 0; i < rows; i++)
        {
            batch.Values<double>(0)[i] = i;
            batch.Values<string?>(1)[i] = "n" + i;
        }

        batch.Count = rows;
        writer.Write(batch);
    }
}
