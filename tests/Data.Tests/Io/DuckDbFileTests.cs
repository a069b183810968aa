using Attendance.Data.Contract;
using Attendance.Data.Io;

namespace Attendance.Data.Tests.Io;

/// <summary>A history file written by DuckDB (Fixtures/duckdb-history.mjs): zstd, TIMESTAMP_MILLIS and _NANOS, BIGINT, FLOAT, SMALLINT.</summary>
public class DuckDbFileTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "duckdb-history.parquet");

    [Fact]
    public void ReadHistory_DuckDbFile_ConvertsUnitsAndWidthsToTheContract()
    {
        var reader = DataFiles.OpenHistory(Fixture);

        var rows = reader.ReadRows(Attendance.Data.Rows.HistoryMapper.Instance).ToList();

        Assert.Equal(20, rows.Count);
        var fifth = rows[4];
        Assert.Equal("A5", fifth.AppointmentId);
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 9, 15, 0, TimeSpan.Zero), fifth.StartAt);
        Assert.Equal(new DateTimeOffset(2025, 12, 21, 8, 0, 0, TimeSpan.Zero), fifth.BookedAt);
        Assert.Equal(25, fifth.Age);
        Assert.Equal(7.5, fifth.DistanceKm);
        Assert.Equal(1, fifth.DurationMin);
        Assert.Equal(Outcome.NoShow, rows[2].Outcome);
        Assert.True(fifth.Extras.TryGet("x_note", out var note));
        Assert.Equal("note 5", note);
        Assert.Equal(["x_flag", "x_note"], fifth.Extras.Names);
        Assert.Equal(["unrelated"], reader.Report.IgnoredColumns);
    }
}
