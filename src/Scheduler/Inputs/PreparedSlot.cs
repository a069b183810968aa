using Attendance.Data.Rows;

namespace Attendance.Scheduler.Inputs;

/// <summary>A valid slot with what the model needs precomputed (family, local day, start in microseconds).</summary>
/// <param name="Row">The input row.</param>
/// <param name="Family">Harmonised visit family, or null when the slot takes any visit.</param>
/// <param name="Day">Local date of the start (reserves and deadlines are per local day).</param>
/// <param name="StartMicros">Start in microseconds since the Unix epoch.</param>
internal sealed record PreparedSlot(Slot Row, string? Family, DateOnly Day, long StartMicros);
