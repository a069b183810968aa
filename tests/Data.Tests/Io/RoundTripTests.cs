using Attendance.Data.Contract;
using Attendance.Data.Generation;
using Attendance.Data.Io;
using Attendance.Data.Rows;
using Attendance.Data.Tests.Generation;

namespace Attendance.Data.Tests.Io;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GenerateToFolder_ThenRead_RowsEqualTheGeneratorsRowsForEveryTable()
    {
        var options = MemoryRegionSink.SmallRegion() with { Patients = 400, Days = 60 };
        var (expected, _) = MemoryRegionSink.Generate(options);

        DataFiles.Generate(_temp.Root, options);

        Assert.Equal(expected.History, DataFiles.ReadHistory(Table("history")));
        Assert.Equal(expected.Bookings, DataFiles.ReadBookings(Table("bookings")));
        Assert.Equal(expected.Slots, DataFiles.ReadSlots(Table("slots")));
        Assert.Equal(expected.Waitlist, DataFiles.ReadWaitlist(Table("waitlist")));
        Assert.Equal(expected.Truth, DataFiles.ReadTruth(Table("truth")));
    }

    [Fact]
    public void ReadBatches_ColumnarValues_AreTheRowPathsValues()
    {
        var options = MemoryRegionSink.SmallRegion() with { Patients = 300, Days = 60 };
        DataFiles.Generate(_temp.Root, options);
        var rows = DataFiles.ReadHistory(Table("history")).ToList();

        var starts = new List<DateTimeOffset>();
        var ages = new List<int?>();
        foreach (var batch in DataFiles.OpenHistory(Table("history")).ReadBatches())
        {
            var start = batch.Get<long>(Columns.StartAt);
            var age = batch.Get<int>(Columns.Age);
            for (var i = 0; i < batch.Count; i++)
            {
                starts.Add(UtcMicros.ToInstant(start.Values[i]));
                ages.Add(age.IsNull(i) ? null : age.Values[i]);
            }
        }

        Assert.Equal(rows.Select(r => r.StartAt), starts);
        Assert.Equal(rows.Select(r => r.Age), ages);
    }

    [Fact]
    public void Write_RowsWithNullOptionals_RoundTrip()
    {
        var entry = new WaitlistEntry
        {
            EntryId = "W1", PatientId = "P1", Department = "Kardiologi", DurationMin = 30, Triage = Triage.Vulnerable, DigitalUser = false,
            DueBy = new DateOnly(2026, 3, 30), CurrentStartAt = null, PreferredSites = "SUH,NSR",
        };
        var path = _temp.PathOf("w.parquet");

        DataFiles.Write(path, WaitlistMapper.Instance, [entry, entry with { EntryId = "W2", DueBy = null, DistanceKm = 12.5 }]);

        Assert.Equal([entry, entry with { EntryId = "W2", DueBy = null, DistanceKm = 12.5 }], DataFiles.ReadWaitlist(path));
    }

    [Fact]
    public void Generate_SameSeed_ByteIdenticalFiles_DifferentSeed_DifferentFiles()
    {
        var options = MemoryRegionSink.SmallRegion() with { Patients = 300, Days = 60 };

        DataFiles.Generate(_temp.PathOf("a/x"), options);
        DataFiles.Generate(_temp.PathOf("b/x"), options);
        DataFiles.Generate(_temp.PathOf("c/x"), options with { Seed = options.Seed + 1 });

        foreach (var table in Tables.All)
        {
            var a = File.ReadAllBytes(RegionFolderWriter.PathOf(_temp.PathOf("a/x"), table));
            var b = File.ReadAllBytes(RegionFolderWriter.PathOf(_temp.PathOf("b/x"), table));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{table.Name} differs between two runs with the same seed");
        }
        Assert.False(File.ReadAllBytes(RegionFolderWriter.PathOf(_temp.PathOf("a/x"), Tables.History)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(RegionFolderWriter.PathOf(_temp.PathOf("c/x"), Tables.History))));
    }

    private string Table(string name) => Path.Combine(_temp.Root, name);
}
