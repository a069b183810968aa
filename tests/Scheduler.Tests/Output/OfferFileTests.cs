using Attendance.Parquet;
using Attendance.Scheduler.Offers;
using Attendance.Scheduler.Output;

namespace Attendance.Scheduler.Tests.Output;

public sealed class OfferFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("offers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_MoveAndTicket_RoundTripWithNullsWhereTheTicketHasNoEntry()
    {
        var start = new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.Zero);
        var offers = new[]
        {
            new Offer("S1/E1", "S1", "E1", "P1", "Kardiologi", start, OfferChannel.Phone, 27.5, 0.9, 12.25, true, 2, "why", "B1"),
            new Offer("S2/ticket", "S2", null, null, "Kardiologi", start, OfferChannel.SelfBook, 1, null, null, null, 1, "ticket", null),
        };
        var path = Path.Combine(_folder, "sub", "offers.parquet");

        OfferFile.Write(path, offers);

        using var reader = ParquetFileReader.Open(path);
        Assert.Equal(2, reader.RowCount);
        Assert.Equal(["phone", "self_book"], reader.ReadColumn<string>(0, "channel").Span.ToArray());
        var entry = reader.ReadColumn<string>(0, "entry_id");
        Assert.Equal("E1", entry.Values[0]);
        Assert.True(entry.IsNull(1));
        var meets = reader.ReadColumn<bool>(0, "meets_deadline");
        Assert.True(meets.Values[0]);
        Assert.True(meets.IsNull(1));
        Assert.Equal(12.25, reader.ReadColumn<double>(0, "days_gained").Values[0]);
        Assert.Equal(2, reader.ReadColumn<int>(0, "rank").Values[0]);
        Assert.Equal(Data.Contract.UtcMicros.FromInstant(start), reader.ReadColumn<long>(0, "slot_start_at").Values[0]);
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "sub"), "*.tmp"));
    }
}
