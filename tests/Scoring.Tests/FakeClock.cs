namespace Attendance.Scoring.Tests;

/// <summary>A clock that always says the same instant.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
