using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using static Attendance.Data.Tests.Io.RawColumn;

namespace Attendance.Data.Tests.Io;

public sealed class TableReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadRows_MinimalHistory_MapsRequiredColumnsAndLeavesAbsentOptionalsNull()
    {
        var path = Write(RawParquet.MinimalHistory());

        var rows = DataFiles.ReadHistory(path).ToList();

        Assert.Equal(["A1", "A2", "A3"], rows.Select(r => r.AppointmentId));
        Assert.Equal([Outcome.Attended, Outcome.NoShow, Outcome.Cancelled], rows.Select(r => r.Outcome));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), rows[0].StartAt);
        Assert.Equal(new DateTimeOffset(2025, 12, 6, 9, 0, 0, TimeSpan.Zero), rows[0].BookedAt);
        Assert.All(rows, r => Assert.Null(r.Site));
        Assert.All(rows, r => Assert.Null(r.Age));
    }

    [Fact]
    public void Open_MissingRequiredColumn_ThrowsNamingFileAndColumn()
    {
        var path = Write(RawParquet.MinimalHistory().Without("booked_at"));

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(path));

        Assert.Equal(DataContractError.MissingColumn, e.Error);
        Assert.Equal("booked_at", e.Column);
        Assert.Null(e.Row);
        Assert.StartsWith($"{path}, column booked_at: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StartAtStoredAsString_ThrowsWrongTypeNamingStoredAndWantedType()
    {
        var path = Write(RawParquet.MinimalHistory().With(Str("start_at", "2026-01-05", "2026-01-06", "2026-01-07")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(path));

        Assert.Equal(DataContractError.WrongType, e.Error);
        Assert.Equal("start_at", e.Column);
        Assert.Contains("ByteArray String", e.Message, StringComparison.Ordinal);
        Assert.Contains("timestamp", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullInRequiredColumn_ThrowsNamingColumnAndRow()
    {
        var path = Write(RawParquet.MinimalHistory().With(Str("patient_id", "P000001", null, "P000003")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(path).ToList());

        Assert.Equal(DataContractError.NullValue, e.Error);
        Assert.Equal(("patient_id", 2L), (e.Column, e.Row));
        Assert.Equal(path, e.FilePath);
    }

    [Fact]
    public void Read_DuplicateId_ThrowsNamingTheRepeatWithoutEchoingIt()
    {
        var path = Write(RawParquet.MinimalHistory().With(Str("appointment_id", "A-17", "A-18", "A-17")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(path).ToList());

        Assert.Equal(DataContractError.DuplicateId, e.Error);
        Assert.Equal(("appointment_id", 3L), (e.Column, e.Row));
        Assert.DoesNotContain("A-17", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateIdAcrossFilesOfAFolder_ThrowsNamingTheSecondFile()
    {
        Write(RawParquet.MinimalHistory(), "history/part-0.parquet");
        var second = Write(RawParquet.MinimalHistory().With(Str("appointment_id", "A9", "A2", "A8")), "history/part-1.parquet");

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(_temp.PathOf("history")).ToList());

        Assert.Equal((DataContractError.DuplicateId, second, 2L), (e.Error, e.FilePath, e.Row));
    }

    public static TheoryData<string, string> EnumColumns => new()
    {
        { "history", "outcome" },
        { "history", "contact_mode" },
        { "history", "sex" },
        { "history", "booking_channel" },
        { "slots", "kind" },
        { "slots", "reserved" },
        { "waitlist", "triage" },
    };

    [Theory]
    [MemberData(nameof(EnumColumns))]
    public void Read_UnknownCategoricalValue_ThrowsNamingColumnAndRow(string table, string column)
    {
        var (columns, schema) = table switch
        {
            "history" => (RawParquet.MinimalHistory(), Tables.History),
            "slots" => (RawParquet.MinimalSlots(), Tables.Slots),
            _ => (RawParquet.MinimalWaitlist(), Tables.Waitlist),
        };
        var allowed = schema.Find(column)!.AllowedValues!;
        var path = Write(columns.With(Str(column, allowed[0], allowed[^1], "Maybe")));

        var e = Assert.Throws<DataContractException>(() => TableReader.Open(path, schema).ReadBatches().ToList());

        Assert.Equal(DataContractError.UnknownValue, e.Error);
        Assert.Equal((column, 3L), (e.Column, e.Row));
        Assert.Contains(allowed[0], e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("patient_id", "010190-1234")]
    [InlineData("patient_id", "3112851234")]
    [InlineData("appointment_id", "ref 2902004321")]
    [InlineData("visit_type", "Kontrol for 0101901234")]
    [InlineData("x_note", "0101901234")]
    public void Read_CprLikeValue_StopsNamingFileColumnRowButNeverTheValue(string column, string cpr)
    {
        var path = Write(RawParquet.MinimalHistory().With(Str(column, "P000007", cpr, "P000008")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(path).ToList());

        Assert.Equal(DataContractError.CprNumber, e.Error);
        Assert.Equal((path, column, 2L), (e.FilePath, e.Column, e.Row));
        Assert.DoesNotContain(cpr, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cpr[..6], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CprLikeValueAmongManyRepeatedDictionaryValues_StopsAtItsRow()
    {
        var path = _temp.PathOf("slots.parquet");
        string[] departments = ["Kardiologi", "Ortopædkirurgi", "Øjenafdelingen"];
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var slots = Enumerable.Range(0, 600).Select(i => new Slot
        {
            SlotId = $"S{i}", Site = "SUH", Department = i == 437 ? "Kardiologi 0101901234" : departments[i % 3],
            StartAt = start.AddMinutes(30 * i), DurationMin = 30, Kind = SlotKind.Free,
        });
        using (var writer = new TableWriter(path, Tables.Slots))
        {
            writer.WriteRows(SlotMapper.Instance, slots);
            writer.Complete();
        }

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenSlots(path).ReadBatches().ToList());

        Assert.Equal((DataContractError.CprNumber, "department", 438L), (e.Error, e.Column, e.Row));
    }

    [Fact]
    public void Read_CprStoredAsIntegerInExtraColumn_Stops()
    {
        var path = Write(RawParquet.MinimalHistory().With(I64("x_ref", 12, 101901234, 7)));

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(path).ToList());

        Assert.Equal((DataContractError.CprNumber, "x_ref", 2L), (e.Error, e.Column, e.Row));
        Assert.DoesNotContain("101901234", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenDigitsWithInvalidDateAndOpaqueTokens_Pass()
    {
        var path = Write(RawParquet.MinimalHistory().With(Str("patient_id", "3213901234", "P000123", "550e8400-e29b-41d4-a716-446655440000")));

        Assert.Equal(3, DataFiles.ReadHistory(path).Count());
    }

    [Fact]
    public void Read_StartBeforeBooked_IsCountedNotFatal()
    {
        var t = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        var path = Write(RawParquet.MinimalHistory()
            .With(Ts("booked_at", t, t.AddDays(5), t.AddDays(6)))
            .With(Ts("start_at", t.AddDays(1), t.AddDays(2), t.AddDays(3))));
        var reader = DataFiles.OpenHistory(path);

        var rows = reader.ReadRows(HistoryMapper.Instance).Count();

        Assert.Equal(3, rows);
        Assert.Equal(2, reader.Report.StartBeforeBooked);
        Assert.Equal($"{path}, row 2", reader.Report.FirstStartBeforeBooked);
    }

    [Fact]
    public void Read_IntegersStoredAsInt64AndFloatsAsIntegers_AreConvertedWhereTheyFit()
    {
        var path = Write(RawParquet.MinimalHistory().With(I64("age", 18, 67, 95)).With(I64("distance_km", 3, 40, 120)));

        var rows = DataFiles.ReadHistory(path).ToList();

        Assert.Equal([18, 67, 95], rows.Select(r => r.Age!.Value));
        Assert.Equal([3.0, 40.0, 120.0], rows.Select(r => r.DistanceKm!.Value));
    }

    [Fact]
    public void Read_Int64OutOfInt32Range_ThrowsOutOfRangeNamingRow()
    {
        var path = Write(RawParquet.MinimalHistory().With(I64("duration_min", 30, 5_000_000_000, 45)));

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(path).ToList());

        Assert.Equal((DataContractError.OutOfRange, "duration_min", 2L), (e.Error, e.Column, e.Row));
    }

    [Fact]
    public void Read_ExtraColumns_KeptWhenPrefixedXAndOtherUnknownColumnsIgnored()
    {
        var path = Write(RawParquet.MinimalHistory()
            .With(Dbl("x_frailty", 0.1, 0.5, 0.9))
            .With(Str("x_ward", "A", null, "C"))
            .With(I32("internal_flag", 1, 2, 3)));
        var reader = DataFiles.OpenHistory(path);

        var rows = reader.ReadRows(HistoryMapper.Instance).ToList();

        Assert.Equal(["x_frailty", "x_ward"], rows[0].Extras.Names);
        Assert.True(rows[2].Extras.TryGet("x_frailty", out var frailty));
        Assert.Equal(0.9, frailty);
        Assert.True(rows[1].Extras.TryGet("x_ward", out var ward));
        Assert.Null(ward);
        Assert.Equal(["internal_flag"], reader.Report.IgnoredColumns);
        Assert.Equal([("x_frailty", FieldType.Double), ("x_ward", FieldType.String)], reader.ExtraColumns);
        Assert.Equal(3, reader.RowCount);
    }

    [Fact]
    public void Open_ExtraColumnWithDifferentTypesAcrossFiles_ThrowsWrongTypeNamingTheLaterFile()
    {
        Write(RawParquet.MinimalHistory().With(Dbl("x_score", 1, 2, 3)), "history/a.parquet");
        var later = Write(RawParquet.MinimalHistory().With(Str("appointment_id", "B1", "B2", "B3")).With(Str("x_score", "1", "2", "3")), "history/b.parquet");

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(_temp.PathOf("history")));

        Assert.Equal((DataContractError.WrongType, later, "x_score"), (e.Error, e.FilePath, e.Column));
    }

    [Fact]
    public void Read_HiveFolders_FillAContractColumnTheFilesLackAndCountRowsPerFile()
    {
        Write(RawParquet.MinimalHistory(), "history/site=SUH/part-0.parquet");
        var nsr = Write(RawParquet.MinimalHistory().With(Str("appointment_id", "B1", "B2", "B3")).With(Str("patient_id", "P1", null, "P3")),
            "history/site=NSR/year=2026/part-0.parquet");

        var e = Assert.Throws<DataContractException>(() => DataFiles.ReadHistory(_temp.PathOf("history")).ToList());
        Assert.Equal((nsr, 2L), (e.FilePath, e.Row));

        File.Delete(nsr);
        Write(RawParquet.MinimalHistory().With(Str("appointment_id", "B1", "B2", "B3")), "history/site=NSR/year=2026/part-0.parquet");
        var rows = DataFiles.ReadHistory(_temp.PathOf("history")).ToList();
        Assert.Equal(["NSR", "NSR", "NSR", "SUH", "SUH", "SUH"], rows.Select(r => r.Site));
    }

    [Fact]
    public void Read_DueByStoredAsTimestamp_IsItsUtcDate()
    {
        var path = Write(RawParquet.MinimalWaitlist().With(Ts("due_by",
            new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(1969, 12, 31, 12, 0, 0, TimeSpan.Zero))));

        var rows = DataFiles.ReadWaitlist(path).ToList();

        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), new DateOnly(1969, 12, 31)], rows.Select(r => r.DueBy!.Value));
    }

    [Fact]
    public void Open_FolderWithoutParquetOrFileThatIsNotParquet_ThrowsUnreadable()
    {
        Directory.CreateDirectory(_temp.PathOf("empty/x"));
        var notParquet = _temp.PathOf("bad/part-0.parquet");
        File.WriteAllText(notParquet, "this is not parquet at all");

        var empty = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(_temp.PathOf("empty")));
        var bad = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(_temp.PathOf("bad")));

        Assert.Equal(DataContractError.UnreadableFile, empty.Error);
        Assert.Equal((DataContractError.UnreadableFile, notParquet), (bad.Error, bad.FilePath));
    }

    [Fact]
    public void Read_SeveralRowGroups_RowNumbersCountFromTheStartOfTheFile()
    {
        var path = _temp.PathOf("slots.parquet");
        var slots = Enumerable.Range(1, 10).Select(i => new Slot
        {
            SlotId = $"S{i}", Site = "SUH", Department = "Kardiologi", StartAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero).AddMinutes(30 * i),
            DurationMin = 30, Kind = SlotKind.Free,
        }).ToList();
        slots[6] = slots[6] with { SlotId = "S3" };
        using (var writer = new TableWriter(path, Tables.Slots, new Attendance.Parquet.ParquetWriterOptions { RowGroupRows = 4 }))
        {
            writer.WriteRows(SlotMapper.Instance, slots);
            writer.Complete();
        }
        var reader = DataFiles.OpenSlots(path);

        var e = Assert.Throws<DataContractException>(() => reader.ReadBatches().Select(b => (b.FirstRow, b.Count)).ToList());

        Assert.Equal((DataContractError.DuplicateId, 7L), (e.Error, e.Row));
        Assert.Equal(10, reader.Report.Rows);
    }

    private string Write(List<RawColumn> columns, string relative = "history.parquet") => RawParquet.Write(_temp.PathOf(relative), columns);
}
