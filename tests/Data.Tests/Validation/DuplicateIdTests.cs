using Attendance.Data.Contract;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Data.Tests.Io;
using Attendance.Data.Validation;
using Attendance.Parquet;
using static Attendance.Data.Tests.Io.RawColumn;

namespace Attendance.Data.Tests.Validation;

public sealed class DuplicateIdTests : IDisposable
{
    /// <summary>Every identifier gets the same fingerprint: every row after the first takes the exact-confirmation path.</summary>
    private static readonly TableReadOptions AllCollide = new() { Fingerprint = _ => 42 };

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_ForcedFingerprintCollisionsOfDistinctIds_AreNotDuplicates()
    {
        var path = RawParquet.Write(_temp.PathOf("history.parquet"), RawParquet.MinimalHistory());
        var reader = DataFiles.OpenHistory(path, AllCollide);

        var rows = reader.ReadBatches().Sum(b => b.Count);

        Assert.Equal(3, rows);
        Assert.Equal(2, reader.Report.FingerprintCollisions);
    }

    [Fact]
    public void Read_ForcedCollisionWithARepeatInTheSameBatch_ThrowsNamingTheRepeat()
    {
        var path = RawParquet.Write(_temp.PathOf("history.parquet"), RawParquet.MinimalHistory().With(Str("appointment_id", "A1", "A2", "A1")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(path, AllCollide).ReadBatches().ToList());

        Assert.Equal((DataContractError.DuplicateId, "appointment_id", 3L), (e.Error, e.Column, e.Row));
    }

    [Fact]
    public void Read_ForcedCollisionWithARepeatInAnEarlierFile_ThrowsNamingTheSecondFile()
    {
        RawParquet.Write(_temp.PathOf("history/part-0.parquet"), RawParquet.MinimalHistory());
        var second = RawParquet.Write(_temp.PathOf("history/part-1.parquet"),
            RawParquet.MinimalHistory().With(Str("appointment_id", "A9", "A2", "A8")));

        var e = Assert.Throws<DataContractException>(() => DataFiles.OpenHistory(_temp.PathOf("history"), AllCollide).ReadBatches().ToList());

        Assert.Equal((DataContractError.DuplicateId, second, 2L), (e.Error, e.FilePath, e.Row));
    }

    [Fact]
    public void Read_ForcedCollisionsAcrossRowGroups_FindTheRepeatInAnEarlierRowGroupOnly()
    {
        var path = _temp.PathOf("slots.parquet");
        var slots = Enumerable.Range(1, 10).Select(i => new Slot
        {
            SlotId = $"S{i}", Site = "SUH", Department = "Kardiologi", StartAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero).AddMinutes(30 * i),
            DurationMin = 30, Kind = SlotKind.Free,
        }).ToList();
        slots[9] = slots[9] with { SlotId = "S5" };
        using (var writer = new TableWriter(path, Tables.Slots, new ParquetWriterOptions { RowGroupRows = 4 }))
        {
            writer.WriteRows(SlotMapper.Instance, slots);
            writer.Complete();
        }
        var reader = TableReader.Open(path, Tables.Slots, AllCollide);

        var e = Assert.Throws<DataContractException>(() => reader.ReadBatches().ToList());

        Assert.Equal((DataContractError.DuplicateId, 10L), (e.Error, e.Row));
        Assert.Equal(8, reader.Report.FingerprintCollisions);
    }

    [Fact]
    public void Read_RepeatsInLaterRowGroupsOfASecondFile_NameTheFirstRepeatingRowOnly()
    {
        WriteSlots("slots/part-0.parquet", Enumerable.Range(1, 10).Select(i => $"S{i}"));
        var second = WriteSlots("slots/part-1.parquet", ["T1", "T2", "T3", "T4", "T5", "S9", "T7", "S2", "T5", "T10"]);
        var reader = TableReader.Open(_temp.PathOf("slots"), Tables.Slots);

        var e = Assert.Throws<DataContractException>(() => reader.ReadBatches().ToList());

        Assert.Equal((DataContractError.DuplicateId, second, "slot_id", 6L), (e.Error, e.FilePath, e.Column, e.Row));
        Assert.Equal(0, reader.Report.FingerprintCollisions);
    }

    [Fact]
    public void Read_ManyDistinctIdsOverRowGroupsAndFiles_AreAccepted()
    {
        WriteSlots("slots/part-0.parquet", Enumerable.Range(0, 3000).Select(i => $"S{i}"));
        WriteSlots("slots/part-1.parquet", Enumerable.Range(3000, 3000).Select(i => $"S{i}"));
        var reader = TableReader.Open(_temp.PathOf("slots"), Tables.Slots);

        var rows = reader.ReadBatches().Sum(b => b.Count);

        Assert.Equal((6000, 6000L, 0L), (rows, reader.Report.Rows, reader.Report.FingerprintCollisions));
    }

    [Fact]
    public void FingerprintLog_Repeated_NamesEachRepeatedFingerprintOnceInOrder()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 100_000).Select(_ => (ulong)random.NextInt64() * 3).ToList();
        values.AddRange([values[5], values[5], values[99_999], 0, 0, ulong.MaxValue, 1UL << 56, (1UL << 56) + 1]);
        values.AddRange(Enumerable.Range(0, 1000).Select(i => 77UL + ((ulong)(i % 500) << 1)));
        var log = new FingerprintLog(16);
        values.ForEach(log.Add);

        var repeated = log.Repeated();

        var expected = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).Order().ToList();
        Assert.Equal(values.Count, log.Count);
        Assert.Equal(expected, repeated);
        Assert.Equal(503, repeated.Count);
    }

    [Fact]
    public void Fingerprint_EqualStringsAgreeAndManyDistinctIdsDoNotCollide()
    {
        var log = new FingerprintLog(16);
        for (var i = 0; i < 300_000; i++)
        {
            log.Add(IdFingerprint.Of($"A{i:D8}"));
        }

        Assert.Empty(log.Repeated());
        Assert.Equal(IdFingerprint.Of("A00000017"), IdFingerprint.Of(string.Concat("A0000", "0017")));
        Assert.NotEqual(IdFingerprint.Of("A1"), IdFingerprint.Of("A1\0"));
    }

    private string WriteSlots(string relative, IEnumerable<string> ids)
    {
        var path = _temp.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var slots = ids.Select((id, i) => new Slot
        {
            SlotId = id, Site = "SUH", Department = "Kardiologi", StartAt = start.AddMinutes(30 * i), DurationMin = 30, Kind = SlotKind.Free,
        });
        using var writer = new TableWriter(path, Tables.Slots, new ParquetWriterOptions { RowGroupRows = 4 });
        writer.WriteRows(SlotMapper.Instance, slots);
        writer.Complete();
        return path;
    }
}
