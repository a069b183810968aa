using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Solving;

public sealed class MipSolveOptionsTests
{
    public static TheoryData<MipSolveOptions, string> OutOfRange => new()
    {
        { new MipSolveOptions { TimeLimit = TimeSpan.Zero }, nameof(MipSolveOptions.TimeLimit) },
        { new MipSolveOptions { Threads = 0 }, nameof(MipSolveOptions.Threads) },
        { new MipSolveOptions { RelativeGap = double.NaN }, nameof(MipSolveOptions.RelativeGap) },
        { new MipSolveOptions { AbsoluteGap = -1 }, nameof(MipSolveOptions.AbsoluteGap) },
        { new MipSolveOptions { IntegralityTolerance = 0.6 }, nameof(MipSolveOptions.IntegralityTolerance) },
        { new MipSolveOptions { LogLevel = 5 }, nameof(MipSolveOptions.LogLevel) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_OptionOutOfRange_ThrowsNamingOption(MipSolveOptions options, string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(options.Validate).ParamName);

    [Fact]
    public async Task SolveAsync_InvalidOptions_ThrowsBeforeSolving() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new CbcSolver().SolveAsync(MipProblems.Assignment(), new MipSolveOptions { Threads = 0 }, CancellationToken.None));

    [Fact]
    public void Default_IsValid() => MipSolveOptions.Default.Validate();
}
