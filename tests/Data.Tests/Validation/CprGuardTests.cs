using Attendance.Data.Validation;
using FsCheck;
using FsCheck.Fluent;

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

    [Theory]
    [InlineData(101901234L, true)]
    [InlineData(3112851234L, true)]
    [InlineData(3213901234L, false)]
    [InlineData(99_999_999L, false)]
    [InlineData(12_345L, false)]
    [InlineData(10_101_901_234L, false)]
    public void IsCprNumber_TenDigitsZeroPaddedWithValidDate(long value, bool expected) =>
        Assert.Equal(expected, CprGuard.IsCprNumber(value));

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

    [Fact]
    public void ContainsCpr_AnyValidDateWithAnySerialBetweenSeparators_IsTrue()
    {
        var cases =
            from date in Gen.Choose(0, 365 * 100).Select(d => new DateOnly(1920, 1, 1).AddDays(d))
            from serial in Gen.Choose(0, 9999)
            from dashed in Gen.Elements(true, false)
            from before in Gen.Elements("", " ", "id:", "(", "x-")
            from after in Gen.Elements("", " ", ";", ")", "/2")
            select before + date.ToString(dashed ? "ddMMyy-" : "ddMMyy", System.Globalization.CultureInfo.InvariantCulture)
                + serial.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + after;

        Prop.ForAll(cases.ToArbitrary(), text => CprGuard.ContainsCpr(text)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ContainsCpr_CprDigitsGluedToLetters_IsFalse()
    {
        var cases =
            from day in Gen.Choose(1, 28)
            from month in Gen.Choose(1, 12)
            from serial in Gen.Choose(0, 999_999)
            from letter in Gen.Elements("P", "a", "Z", "ø")
            select letter + day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)
                + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)
                + serial.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        Prop.ForAll(cases.ToArbitrary(), text => !CprGuard.ContainsCpr(text)).QuickCheckThrowOnFailure();
    }
}
