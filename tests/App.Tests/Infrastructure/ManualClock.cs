namespace Attendance.App.Tests.Infrastructure;

/// <summary>A clock that moves only when told (lockout periods, session lifetimes).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
