using Attendance.Data.Batches;
using Attendance.Data.Contract;

namespace Attendance.Data.Rows;

/// <summary>A time that can be given away (a row of <c>slots</c>).</summary>
public sealed record Slot
{
    public required string SlotId { get; init; }
    public required string Site { get; init; }
    public required string Department { get; init; }
    public required DateTimeOffset StartAt { get; init; }
    public required int DurationMin { get; init; }
    public string? VisitType { get; init; }
    public string? ResourceId { get; init; }
    public required SlotKind Kind { get; init; }

    /// <summary>Capacity kept back (never to the digital channel), or null.</summary>
    public SlotReservation? Reserved { get; init; }

    public ExtraValues Extras { get; init; } = ExtraValues.Empty;
}
