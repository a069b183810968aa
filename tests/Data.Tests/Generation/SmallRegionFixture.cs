using Attendance.Data.Generation;

namespace Attendance.Data.Tests.Generation;

/// <summary>One small region generated once for the tests that only read it.</summary>
public sealed class SmallRegionFixture
{
    public SmallRegionFixture() => (Sink, Summary) = MemoryRegionSink.Generate(MemoryRegionSink.SmallRegion());

    internal MemoryRegionSink Sink { get; }

    public GenerationSummary Summary { get; }
}
