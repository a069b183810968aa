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
    public void Fingerprint_EqualStringsAgreeAndManyDistinctIdsDoNotCollide()
    {
        var set = new FingerprintSet(16);
        var collisions = Enumerable.Range(0, 300_000).Count(i => !set.Add(IdFingerprint.Of($"A{i:D8}")));

        Assert.Equal(0, collisions);
        Assert.Equal(IdFingerprint.Of("A00000017"), IdFingerprint.Of(string.Concat("A0000", "0017")));
        Assert.NotEqual(IdFingerprint.Of("A1"), IdFingerprint.Of("A1\0"));
    }

    [Fact]
    public void FingerprintSet_RepeatIsRefusedAndZeroIsAMember()
    {
        var set = new FingerprintSet(4);

        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.False(set.Add(1));
        Assert.True(set.Add(ulong.MaxValue));
        Assert.False(set.Add(ulong.MaxValue));
    }
}
