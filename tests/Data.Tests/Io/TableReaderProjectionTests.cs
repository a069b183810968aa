using Attendance.Data.Batches;
using Attendance.Data.Contract;
using Attendance.Data.Io;
using static Attendance.Data.Tests.Io.RawColumn;

namespace Attendance.Data.Tests.Io;

public sealed class TableReaderProjectionTests : IDisposable
{
    private static readonly string[] FoldColumns = [Columns.PatientId, Columns.StartAt, Columns.Outcome, Columns.DurationMin];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_ProjectedHistory_ReadsTheAskedColumnsAndTheUniqueIdOnly()
    {
        var path = Write(FullHistory());

        var seen = Read(path, new TableReadOptions { Columns = FoldColumns }, b => (
            Present: Tables.History.Fields.Where(f => b.Has(f.Name)).Select(f => f.Name).ToList(),
            Patients: b.Get<string?>(Columns.PatientId).Values.Take(b.Count).ToList(),
            Extras: b.Extras.Count));

        var batch = Assert.Single(seen);
        Assert.Equal([Columns.AppointmentId, Columns.PatientId, Columns.StartAt, Columns.Outcome, Columns.DurationMin], batch.Present);
        Assert.Equal(["P000001", "P000002", "P000001"], batch.Patients);
        Assert.Equal(0, batch.Extras);
    }

    [Fact]
    public void Read_ProjectionWithoutDuplicateCheck_LeavesTheIdUnreadAndAcceptsARepeat()
    {
        var path = Write(FullHistory().With(Str("appointment_id", "A1", "A1", "A3")));
        var options = new TableReadOptions { Columns = FoldColumns, CheckDuplicateIds = false };

        var present = Read(path, options, b => b.Has(Columns.AppointmentId));

        Assert.Equal([false], present);
    }

    [Fact]
    public void Read_AllColumnsWithoutDuplicateCheck_AcceptsARepeatedId()
    {
        var path = Write(FullHistory().With(Str("appointment_id", "A1", "A2", "A1")));

        var rows = Read(path, new TableReadOptions { CheckDuplicateIds = false }, b => b.Count);

        Assert.Equal([3], rows);
    }

    [Fact]
    public void Open_ProjectionLeavingOutAMissingRequiredColumn_StillThrowsMissingColumn()
    {
        var path = Write(FullHistory().Without("booked_at"));

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(path, new TableReadOptions { Columns = FoldColumns }));

        Assert.Equal((DataContractError.MissingColumn, "booked_at"), (e.Error, e.Column));
    }

    [Fact]
    public void Open_ProjectionLeavingOutAMistypedColumn_StillThrowsWrongType()
    {
        var path = Write(FullHistory().With(Str("booked_at", "2026-01-05", "2026-01-06", "2026-01-07")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(path, new TableReadOptions { Columns = FoldColumns }));

        Assert.Equal((DataContractError.WrongType, "booked_at"), (e.Error, e.Column));
    }

    [Theory]
    [InlineData("patient_id")]
    [InlineData("appointment_id")]
    public void Read_ProjectedRead_GuardsEveryIdColumnItReads(string column)
    {
        var path = Write(FullHistory().With(Str(column, "P000007", "0101901234", "P000008")));

        var e = Assert.Throws<DataContractException>(() => Read(path, new TableReadOptions { Columns = FoldColumns }, b => b.Count));

        Assert.Equal((DataContractError.CprNumber, column, 2L), (e.Error, e.Column, e.Row));
    }

    [Fact]
    public void Read_ProjectedRead_DoesNotGuardAColumnItLeavesUnread()
    {
        var path = Write(FullHistory().With(Str("visit_type", "Kontrol", "Kontrol for 0101901234", null)));

        var rows = Read(path, new TableReadOptions { Columns = FoldColumns }, b => b.Count);

        Assert.Equal([3], rows);
        Assert.Throws<DataContractException>(() => Read(path, TableReadOptions.All, b => b.Count));
    }

    [Fact]
    public void Read_ProjectedExtraColumn_IsReadAndGuardedWhileOthersAreNot()
    {
        var path = Write(FullHistory().With(Str("x_ref", "R1", "R2", "R3")));
        var reader = DataFiles.OpenHistory(path, new TableReadOptions { Columns = [Columns.PatientId, "x_ref"] });

        var extras = reader.ReadBatches().Select(b => string.Join(",", b.Extras.Select(e => e.Name))).ToList();

        Assert.Equal(["x_ref"], extras);
        Assert.Equal(["x_ref"], reader.ExtraColumns.Select(e => e.Name));
    }

    [Fact]
    public void Open_ProjectionNamingAColumnTheTableLacks_ThrowsArgumentException()
    {
        var path = Write(FullHistory());

        var e = Assert.Throws<ArgumentException>(() => DataFiles.OpenHistory(path, new TableReadOptions { Columns = ["patient", Columns.StartAt] }));

        Assert.Contains("patient", e.Message, StringComparison.Ordinal);
    }

    private static List<T> Read<T>(string path, TableReadOptions options, Func<TableBatch, T> look) =>
        [.. DataFiles.OpenHistory(path, options).ReadBatches().Select(look)];

    /// <summary>The minimal history plus optional and extra columns, so a projection has something to leave out.</summary>
    private static List<RawColumn> FullHistory() => RawParquet.MinimalHistory()
        .With(I32("duration_min", 30, 45, 15))
        .With(Str("site", "SUH", "NSR", "SUH"))
        .With(Str("visit_type", "Kontrol", null, "Kontrol"))
        .With(I32("age", 40, 50, 60))
        .With(Str("x_note", "a", "b", "c"));

    private string Write(List<RawColumn> columns) => RawParquet.Write(_temp.PathOf("history.parquet"), columns);
}
