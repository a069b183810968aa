using Attendance.Data.Validation;

namespace Attendance.Data.Tests.Validation;

public class CprGuardTests
{
    [Theory]
    [InlineData("010190-1234")]
    [InlineData("3112851234")]
    [InlineData("290200-4321")]
    [InlineData("patient 0101901234")]
    [InlineData("id:311299-0001;")]
    public void ContainsCpr_CprShapedTokenWithValidDate_IsTrue(string text) =>
        Assert.True(CprGuard.ContainsCpr(text));

    [Theory]
    [InlineData("P000123")]
    [InlineData("A0000001")]
    [InlineData("P0101901234")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("3213901234")]
    [InlineData("0013901234")]
    [InlineData("310490-1234")]
    [InlineData("01019012345")]
    [InlineData("010190-12345")]
    [InlineData("0101901234x")]
    [InlineData("Kontrol 30")]
    [InlineData("")]
    public void ContainsCpr_OpaqueTokensAndInvalidDates_IsFalse(string text) =>
        Assert.False(CprGuard.ContainsCpr(text));

    [Fact]
    public void ContainsCpr_RandomUuids_NeverFlagged()
    {
        var random = new Random(3);
        var bytes = new byte[16];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bytes);
            Assert.False(CprGuard.ContainsCpr(new Guid(bytes).ToString()));
        }
    }
}
