using System.Text.Json.Nodes;
using Attendance.App.Risk;
using Attendance.App.Tests.Infrastructure;
using Dapper;

namespace Attendance.App.Tests.Risk;

[Collection(PostgresGroup.Name)]
public sealed class FlaggedBookingStoreTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReplaceDay_Rerun_ReplacesOnlyThatDaysRows_KeepsOtherDaysAndMarks_AndTheSameFileGivesTheSameRows(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        var nextDay = RiskSut.RunDate.AddDays(1);
        await sut.ScoreAsync(RiskData.Night, run: nextDay);
        Assert.Equal(4, await sut.ScoreAsync(RiskData.Night));
        await sut.MarkAsync("a1", BookingMarks.Called);
        var first = await StoredAsync(sut);

        await sut.ScoreAsync(RiskData.Night);
        var again = await StoredAsync(sut);
        var rescored = await sut.ScoreAsync([RiskData.Night[3] with { Probability = 0.9 }, new ScoreRow("b9", RiskSut.At(RiskData.Tuesday, 15), Reasons: ["y"])]);
        var after = await StoredAsync(sut);

        Assert.Equal(first, again);
        Assert.Equal(2, rescored);
        Assert.Equal(["2026-03-02 a3 0.9", "2026-03-02 b9 0.4", .. first.Where(row => row.StartsWith("2026-03-03", StringComparison.Ordinal))], after);
        Assert.Equal([("a1", "called", "pia")], await sut.MarksAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReplaceDay_StoresEveryFieldAndTheReasonsUnderTheRunsLanguage_AcrossRowGroups(string dialect)
    {
        using var sut = await RiskSut.CreateAsync(dialect, postgres);
        var file = ScoresFileBuilder.Write(RiskData.Night, rowGroupRows: 2);

        await sut.Flags.ReplaceDayAsync(RiskSut.RunDate, file, "en", CancellationToken.None);
        var rows = await sut.Flags.ReadAsync(RiskSut.RunDate, RiskFilter.None, limit: null, CancellationToken.None);
        await using var connection = await sut.Factory.Store.OpenAsync(CancellationToken.None);
        var json = await connection.QuerySingleAsync<string>("SELECT CAST(reasons_json AS text) FROM flagged_bookings WHERE appointment_id = 'a2'");

        Assert.Equal(["a2", "a1", "a3", "a4"], rows.Select(row => row.Booking.AppointmentId));
        var a1 = rows[1].Booking;
        Assert.Equal(new FlaggedBooking(RiskSut.RunDate, "a1", "p-1", RiskSut.At(RiskData.Tuesday, 9), "SLA", "ortho", 0.42, "very_high", "phone_reminder", a1.Reasons, ScoresFileBuilder.ModelVersion), a1);
        Assert.Equal(["2 tidligere udeblivelser", "booket 94 dage i forvejen", "første besøg"], a1.Reasons.Select(reason => reason.Texts["en"]));
        Assert.Equal([0.5, 0.4, 0.3], a1.Reasons.Select(reason => Math.Round(reason.Contribution!.Value, 6)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"en":"udeblev fra sidste besøg","contribution":0.5}]"""), JsonNode.Parse(json)), json);
        File.Delete(file);
    }

    [Fact]
    public async Task ReplaceDay_NotAScoresFile_ThrowsNamingFileAndColumn_AndKeepsTheDaysRows()
    {
        using var sut = await RiskSut.CreateAsync("sqlite", postgres);
        await sut.ScoreAsync(RiskData.Night);
        var path = Path.Combine(Path.GetTempPath(), $"attendance-not-scores-{Guid.NewGuid():N}.parquet");
        using (var writer = new Attendance.Parquet.ParquetFileWriter(path, [new("appointment_id", Attendance.Parquet.ParquetValueType.String, false)]))
        {
            writer.Complete();
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => sut.Flags.ReplaceDayAsync(RiskSut.RunDate, path, "da", CancellationToken.None));

        Assert.Equal($"{path}, column patient_id: missing (not a scores file?)", error.Message);
        Assert.Equal(4, (await sut.Flags.ReadAsync(RiskSut.RunDate, RiskFilter.None, null, CancellationToken.None)).Count);
        File.Delete(path);
    }

    [Fact]
    public void ReasonText_InTheReadersLanguageWhenStored_ElseTheStoredOne()
    {
        var both = new RiskReason(new Dictionary<string, string> { ["da"] = "første besøg", ["en"] = "first visit" }, 0.3);
        var danish = new RiskReason(new Dictionary<string, string> { ["da"] = "første besøg" }, null);

        Assert.Equal(("first visit", "første besøg", "første besøg"), (both.TextIn("en"), both.TextIn("da"), danish.TextIn("en")));
        Assert.Equal([("første besøg", "first visit", (double?)0.3), ("første besøg", "", null)],
            RiskReason.ParseList(RiskReason.ToJson([both, danish])).Select(r => (r.Texts["da"], r.Texts.GetValueOrDefault("en", ""), r.Contribution)));
    }

    private static async Task<List<string>> StoredAsync(RiskSut sut)
    {
        await using var connection = await sut.Factory.Store.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string Run, string Id, double P)>(
            "SELECT run_date, appointment_id, no_show_probability FROM flagged_bookings ORDER BY run_date, appointment_id"))
            .Select(row => $"{row.Run} {row.Id} {row.P.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
    }
}
