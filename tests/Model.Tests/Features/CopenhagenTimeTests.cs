using Attendance.Data.Contract;
using Attendance.Model.Features;

namespace Attendance.Model.Tests.Features;

public sealed class CopenhagenTimeTests
{
    [Theory]
    [InlineData("2025-01-15T10:00:00Z", "2025-01-15T11:00:00")]
    [InlineData("2025-07-15T10:00:00Z", "2025-07-15T12:00:00")]
    [InlineData("2025-03-30T00:59:00Z", "2025-03-30T01:59:00")]
    [InlineData("2025-03-30T01:00:00Z", "2025-03-30T03:00:00")]
    [InlineData("2025-10-26T00:59:00Z", "2025-10-26T02:59:00")]
    [InlineData("2025-10-26T01:00:00Z", "2025-10-26T02:00:00")]
    public void ToLocal_FollowsTheEuSummerTimeRule(string utc, string local)
    {
        var micros = UtcMicros.FromInstant(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), CopenhagenTime.ToLocal(micros));
    }

    [Fact]
    public void ToLocal_AgreesWithTheTimeZoneDatabaseOverTenYears()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        for (var t = new DateTimeOffset(2018, 1, 1, 0, 30, 0, TimeSpan.Zero); t.Year < 2028; t = t.AddHours(7))
        {
            Assert.Equal(TimeZoneInfo.ConvertTime(t, zone).DateTime, CopenhagenTime.ToLocal(UtcMicros.FromInstant(t)));
        }
    }
}
