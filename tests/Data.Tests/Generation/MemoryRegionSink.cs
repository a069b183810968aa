using Attendance.Data.Batches;
using Attendance.Data.Generation;
using Attendance.Data.Rows;

namespace Attendance.Data.Tests.Generation;

/// <summary>Keeps the generator's output as typed rows, through the same row mappers readers use.</summary>
internal sealed class MemoryRegionSink : IRegionSink
{
    public List<HistoryAppointment> History { get; } = [];
    public List<Booking> Bookings { get; } = [];
    public List<Slot> Slots { get; } = [];
    public List<WaitlistEntry> Waitlist { get; } = [];
    public List<TruthRow> Truth { get; } = [];

    public void Write(TableBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            switch (batch.Schema.Name)
            {
                case "history": History.Add(HistoryMapper.Instance.Read(batch, i)); break;
                case "bookings": Bookings.Add(BookingMapper.Instance.Read(batch, i)); break;
                case "slots": Slots.Add(SlotMapper.Instance.Read(batch, i)); break;
                case "waitlist": Waitlist.Add(WaitlistMapper.Instance.Read(batch, i)); break;
                case "truth": Truth.Add(TruthMapper.Instance.Read(batch, i)); break;
                default: throw new InvalidOperationException(batch.Schema.Name);
            }
        }
    }

    public static (MemoryRegionSink Sink, GenerationSummary Summary) Generate(GeneratorOptions options)
    {
        var sink = new MemoryRegionSink();
        var summary = new RegionGenerator(options).Generate(sink);
        return (sink, summary);
    }

    public static GeneratorOptions SmallRegion(int seed = 7) =>
        new() { Seed = seed, Patients = 5000, Days = 180, BatchRows = 4096 };
}
