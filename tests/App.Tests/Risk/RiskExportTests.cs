using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Attendance.App.Risk;
using Attendance.App.Tests.Infrastructure;
using Attendance.Parquet;

namespace Attendance.App.Tests.Risk;

[Collection(PostgresGroup.Name)]
public sealed class RiskExportTests(PostgresServer postgres)
{
    private const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    private static readonly IReadOnlyList<ScoreRow> Night =
    [
        .. RiskData.Night,
        new("f1", RiskSut.At(RiskData.Tuesday, 13), Department: Formula, Site: "@SUM(A1)", Patient: "-2+3",
            Reasons: ["booket \"94\" dage, i forvejen", "linje\r\nto", "+45 ring"]),
    ];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ExportCsv_HoldsTheFilteredRows_Rfc4180Quoted_Utf8_AndGuardedAgainstFormulas(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync(Night);
        await sut.MarkAsync("a1", BookingMarks.Called);

        var response = await sut.Planner.GetAsync("/risk/export.csv?day=2026-03-03&sort=risk");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var records = ParseCsv(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        var ortho = ParseCsv(Encoding.UTF8.GetString((await sut.Planner.GetByteArrayAsync("/risk/export.csv?department=ortho")).AsSpan(3)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment; filename=\"risk-2026-03-02.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(RiskExportColumn.All.Select(column => column.Name), records[0]);
        var rows = records.Skip(1).Select(values => records[0].Zip(values).ToDictionary(pair => pair.First, pair => pair.Second)).ToList();
        Assert.Equal(["a2", "a1", "a3", "f1"], rows.Select(row => row["appointment_id"]));
        Assert.Equal(["a2", "a1", "a4"], ortho.Skip(1).Select(values => values[1]));
        var a1 = rows[1];
        Assert.Equal(("2026-03-02", "2026-03-03T09:00:00+01:00", "0.42", "very_high", "phone_reminder"),
            (a1["run_date"], a1["start_at"], a1["no_show_probability"], a1["risk_band"], a1["action"]));
        Assert.Equal(("2 tidligere udeblivelser", "0.5", "første besøg"), (a1["reason_1"], a1["reason_1_contribution"], a1["reason_3"]));
        Assert.Equal(("pia", "2026-03-02T09:00:00+01:00", "", ""), (a1["called_by"], a1["called_at"], a1["reminded_by"], a1["moved_to_video_at"]));
        var f1 = rows[3];
        Assert.Equal(("'" + Formula, "'@SUM(A1)", "'-2+3"), (f1["department"], f1["site"], f1["patient_id"]));
        Assert.Equal(("booket \"94\" dage, i forvejen", "linje\r\nto", "'+45 ring"), (f1["reason_1"], f1["reason_2"], f1["reason_3"]));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ExportParquet_HoldsTheFilteredRows_ReadBackByOurReaderAndByDuckDb(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        await sut.ScoreAsync(Night);
        await sut.MarkAsync("a4", BookingMarks.Reminded);
        var path = Path.Combine(Path.GetTempPath(), $"attendance-risk-export-{Guid.NewGuid():N}.parquet");

        var response = await sut.Planner.GetAsync("/risk/export.parquet?department=ortho");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        using var peers = JsonDocument.Parse(await ParquetPeers.ReadAsync(path));

        Assert.Equal("attachment; filename=\"risk-2026-03-02.parquet\"", response.Content.Headers.ContentDisposition!.ToString());
        using (var reader = ParquetFileReader.Open(path))
        {
            Assert.Equal(RiskExportColumn.All.Select(column => column.Name), reader.Schema.Columns.Select(column => column.Name));
            Assert.Equal(["a2", "a1", "a4"], reader.ReadColumn<string?>(0, "appointment_id").Values.Take(3));
            Assert.Equal([0.31, 0.42, 0.5], reader.ReadColumn<double>(0, "no_show_probability").Span.ToArray());
            Assert.Equal(RiskSut.At(RiskData.Tuesday, 9), DateTimeOffset.UnixEpoch.AddTicks(reader.ReadColumn<long>(0, "start_at").Values[1] * 10));
            Assert.Equal([null, null, "pia"], reader.ReadColumn<string?>(0, "reminded_by").Values.Take(3));
            Assert.Equal(["udeblev fra sidste besøg", "2 tidligere udeblivelser", "første besøg"], reader.ReadColumn<string?>(0, "reason_1").Values.Take(3));
        }
        var duckdb = peers.RootElement.GetProperty("files")[0].GetProperty("duckdb");
        var columns = duckdb.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(3, duckdb.GetProperty("numRows").GetInt32());
        Assert.Equal(("DATE", "TIMESTAMP WITH TIME ZONE", "DOUBLE", "VARCHAR"),
            (Type("run_date"), Type("start_at"), Type("no_show_probability"), Type("department")));
        Assert.Equal(["a2", "a1", "a4"], Values("appointment_id"));
        Assert.Equal([null, null, "pia"], Values("reminded_by"));
        Assert.Equal(["2026-03-02"], Values("run_date").Distinct().Select(days => DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + int.Parse(days!, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        File.Delete(path);

        string Type(string name) => columns[name].GetProperty("duckdbType").GetString()!;
        List<string?> Values(string name) => [.. columns[name].GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ToString())];
    }

    [Fact]
    public async Task ExportParquet_NoMatchingRows_IsAnEmptyFileWithTheColumns()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(Night);
        var path = Path.Combine(Path.GetTempPath(), $"attendance-risk-export-{Guid.NewGuid():N}.parquet");

        await File.WriteAllBytesAsync(path, await sut.Planner.GetByteArrayAsync("/risk/export.parquet?site=nowhere"));

        using (var reader = ParquetFileReader.Open(path))
        {
            Assert.Equal((0L, RiskExportColumn.All.Count), (reader.RowCount, reader.Schema.Columns.Count));
        }
        File.Delete(path);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+45", "'+45")]
    [InlineData("-3", "'-3")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("", "")]
    public void CsvField_QuotesPerRfc4180_AndPrefixesFormulaStarts(string value, string expected) =>
        Assert.Equal(expected, RiskCsv.Field(value));

    /// <summary>An RFC 4180 reader: fields split on commas, CRLF ends a record, quoted fields may hold both.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 1 : 0;
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.Empty(fields);
        return records;
    }
}
