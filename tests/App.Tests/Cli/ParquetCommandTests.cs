using System.Globalization;
using System.Text.Json;
using Attendance.App.Tests.Infrastructure;
using Attendance.Parquet;

namespace Attendance.App.Tests.Cli;

[Collection(ConsoleRedirection.Name)]
public sealed class ParquetCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attendance-cli-parquet-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Cat_File_PrintsCsvWithHeaderEmptyNullsIsoUtcTimestampsAndRoundTripNumbers()
    {
        var path = CreateSut();

        var run = await RunAsync("parquet", "cat", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(
            """"
            id,name,ok,score,ratio,at,day
            1,plain,true,0.1,0.1,2024-03-31T01:59:59.123456Z,2024-02-29
            2,"comma, and ""quote""",false,0.3333333333333333,-1.5,1969-07-20T20:17:40Z,1969-12-31
            3,"",true,,3.4028235E+38,,
            4,,false,-0,,1970-01-01T00:00:00Z,1970-01-01
            5,"line
            break",true,1E-300,,2024-01-01T08:00:00.5Z,2024-01-01

            """".ReplaceLineEndings("\n"),
            run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Cat_ColumnsAndLimit_PrintsThoseColumnsInTheGivenOrderAndOnlyThatManyRows()
    {
        var path = CreateSut(rowGroupRows: 2);

        var run = await RunAsync("parquet", "cat", path, "--columns", "day,id", "--limit", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("day,id\n2024-02-29,1\n1969-12-31,2\n,3\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Cat_UnknownColumn_FailsWithOneLineNamingColumnAndFile()
    {
        var path = CreateSut();

        var run = await RunAsync("parquet", "cat", path, "--columns", "id,no_such_column");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no_such_column", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cat")]
    [InlineData("inspect")]
    public async Task Verb_MissingFile_FailsWithOneLineNamingFile(string verb)
    {
        var path = Path.Combine(_directory, "missing.parquet");

        var run = await RunAsync("parquet", verb, path);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cat")]
    [InlineData("inspect")]
    public async Task Verb_NonParquetFile_FailsWithOneLineNamingFile(string verb)
    {
        var path = Path.Combine(_directory, "not-parquet.csv");
        await File.WriteAllTextAsync(path, "id,name\n1,a\n");

        var run = await RunAsync("parquet", verb, path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cat_FormatOtherThanCsv_IsRejectedAsBadOption()
    {
        var path = CreateSut();

        var run = await RunAsync("parquet", "cat", path, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cat_NegativeLimit_IsRejectedAsBadOption()
    {
        var path = CreateSut();

        var run = await RunAsync("parquet", "cat", path, "--limit", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--limit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cat_FileWithoutRows_PrintsOnlyTheHeader()
    {
        var path = Path.Combine(_directory, "empty.parquet");
        using (var writer = new ParquetFileWriter(path, [new ParquetColumnSpec("id", ParquetValueType.Int64, false), new ParquetColumnSpec("at", ParquetValueType.Timestamp, true)]))
        {
            writer.Complete();
        }

        var run = await RunAsync("parquet", "cat", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("id,at\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Inspect_Json_GivesRowsColumnsRowGroupsCodecsAndStatistics()
    {
        var path = CreateSut(rowGroupRows: 3);

        var run = await RunAsync("parquet", "inspect", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("num_rows").GetInt64());
        Assert.Equal(
            ["id", "name", "ok", "score", "ratio", "at", "day"],
            root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var at = root.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "at");
        Assert.Equal("INT64", at.GetProperty("physical_type").GetString());
        Assert.Equal("TIMESTAMP(MICROS, UTC)", at.GetProperty("logical_type").GetString());
        var groups = root.GetProperty("row_groups").EnumerateArray().ToList();
        Assert.Equal([3L, 2L], groups.Select(g => g.GetProperty("num_rows").GetInt64()));
        var id = groups[0].GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "id");
        Assert.Equal("SNAPPY", id.GetProperty("codec").GetString());
        Assert.NotEmpty(id.GetProperty("encodings").EnumerateArray());
        Assert.Equal("1", id.GetProperty("statistics").GetProperty("min").GetString());
        Assert.Equal("3", id.GetProperty("statistics").GetProperty("max").GetString());
        var score = groups[0].GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "score");
        Assert.Equal(1, score.GetProperty("statistics").GetProperty("null_count").GetInt64());
        Assert.Equal("attendance-test", root.GetProperty("key_value_metadata").GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Inspect_Text_ShowsSchemaRowGroupsCodecsAndStatistics()
    {
        var path = CreateSut();

        var run = await RunAsync("parquet", "inspect", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rows        5 in 1 row group(s)", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  at\s+INT64\s+TIMESTAMP\(MICROS, UTC\)\s+optional$", run.Out);
        Assert.Matches(@"(?m)^  day\s+SNAPPY\s+\S+\s+\d+\s+\d+\s+1\s+1969-12-31\s+2024-02-29$", run.Out);
        Assert.Contains("origin: attendance-test", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cat_DuckDbFileWithNestedColumn_SkipsItUnlessAskedForAndThenRefusesItByName()
    {
        var path = DuckDbFixture();

        var all = await RunAsync("parquet", "cat", path, "--limit", "2");
        var nested = await RunAsync("parquet", "cat", path, "--columns", "id,lst.list.element");

        Assert.Equal(0, all.ExitCode);
        Assert.Equal("id,b,n,i16,u32,f,d,s,s2,dec30,day,tstz,tsns", all.Out.ReplaceLineEndings("\n").Split('\n')[0]);
        Assert.Equal(3, all.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
        Assert.NotEqual(0, nested.ExitCode);
        var line = Assert.Single(nested.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not supported: column lst.list.element (nested)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_DuckDbFile_MarksTheNestedColumnAndShowsDuckDbAsWriter()
    {
        var run = await RunAsync("parquet", "inspect", DuckDbFixture(), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.StartsWith("DuckDB", json.RootElement.GetProperty("created_by").GetString(), StringComparison.Ordinal);
        var nested = json.RootElement.GetProperty("columns").EnumerateArray().Where(c => c.GetProperty("nested").GetBoolean());
        Assert.Equal(["lst.list.element"], nested.Select(c => c.GetProperty("name").GetString()));
    }

    /// <summary>Runs the CLI under da-DK (decimal comma, day-first dates): the output must not depend on it.</summary>
    private static async Task<CliRun> RunAsync(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunUnderCultureAsync("da-DK", args);
        return new CliRun(exitCode, output, error);
    }

    private sealed record CliRun(int ExitCode, string Out, string Error);

    /// <summary>A DuckDB-written file kept with the Parquet tests (see its README), with a list column.</summary>
    private static string DuckDbFixture() =>
        Path.Combine(RepositoryRoot.Path, "tests", "Parquet.Tests", "Fixtures", "duckdb-v1-snappy.parquet");

    /// <summary>Five rows covering CSV quoting, nulls, float forms, timestamps with and without fractions, and dates.</summary>
    private string CreateSut(int rowGroupRows = 1_000)
    {
        var path = Path.Combine(_directory, "sample.parquet");
        ParquetColumnSpec[] columns =
        [
            new("id", ParquetValueType.Int32, false),
            new("name", ParquetValueType.String, true),
            new("ok", ParquetValueType.Boolean, false),
            new("score", ParquetValueType.Double, true),
            new("ratio", ParquetValueType.Float, true),
            new("at", ParquetValueType.Timestamp, true),
            new("day", ParquetValueType.Date, true),
        ];
        var options = new ParquetWriterOptions
        {
            RowGroupRows = rowGroupRows,
            KeyValueMetadata = new Dictionary<string, string> { ["origin"] = "attendance-test" },
        };
        using var writer = new ParquetFileWriter(path, columns, options);
        var batch = writer.CreateBatch(5);
        int[] ids = [1, 2, 3, 4, 5];
        string?[] names = ["plain", "comma, and \"quote\"", "", null, "line\nbreak"];
        bool[] ok = [true, false, true, false, true];
        double?[] scores = [0.1, 1d / 3, null, -0d, 1e-300];
        float?[] ratios = [0.1f, -1.5f, float.MaxValue, null, null];
        long?[] at = [1_711_850_399_123_456, -14_182_940_000_000, null, 0, 1_704_096_000_500_000];
        int?[] days = [19_782, -1, null, 0, 19_723];
        for (var r = 0; r < 5; r++)
        {
            batch.Values<int>(0)[r] = ids[r];
            batch.Values<string?>(1)[r] = names[r];
            batch.Nulls(1)[r] = names[r] is null;
            batch.Values<bool>(2)[r] = ok[r];
            batch.Values<double>(3)[r] = scores[r] ?? 0;
            batch.Nulls(3)[r] = scores[r] is null;
            batch.Values<float>(4)[r] = ratios[r] ?? 0;
            batch.Nulls(4)[r] = ratios[r] is null;
            batch.Values<long>(5)[r] = at[r] ?? 0;
            batch.Nulls(5)[r] = at[r] is null;
            batch.Values<int>(6)[r] = days[r] ?? 0;
            batch.Nulls(6)[r] = days[r] is null;
        }
        batch.Count = 5;
        writer.Write(batch);
        writer.Complete();
        return path;
    }
}
