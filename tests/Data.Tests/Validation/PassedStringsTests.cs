using Attendance.Data.Validation;

namespace Attendance.Data.Tests.Validation;

public sealed class PassedStringsTests
{
    [Fact]
    public void Contains_KnowsTheAddedInstanceOnlyNotAnEqualCopyAndForgetsOnClear()
    {
        var passed = new PassedStrings();
        var value = string.Concat("Kardio", "logi");
        var copy = string.Concat("Kardi", "ologi");

        passed.Add(value);

        Assert.True(passed.Contains(value));
        Assert.False(passed.Contains(copy));
        passed.Clear();
        Assert.False(passed.Contains(value));
    }
}
