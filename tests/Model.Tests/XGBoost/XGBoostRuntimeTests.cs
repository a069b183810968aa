using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

public sealed class XGBoostRuntimeTests
{
    [Fact]
    public void Version_DebianLibrary_IsOnePointSevenOrLaterOneX()
    {
        var version = XGBoostRuntime.Version;

        Assert.Equal(1, version.Major);
        Assert.True(version.Minor >= 7, $"XGBoost {version}");
    }

    [Fact]
    public void ProbeLibrary_MissingLibrary_SaysWhichPackageToInstall()
    {
        var (version, problem) = XGBoostRuntime.ProbeLibrary("libxgboost.so.404");

        Assert.Null(version);
        Assert.Equal("libxgboost.so.404 not found: install the Debian package libxgboost0", problem);
    }

    [Theory]
    [InlineData("[23:51:58] ./src/objective/regression_obj.cu:148: label must be in [0,1] for logistic regression\nStack trace:\n  [bt] (0) /lib/x86_64-linux-gnu/libxgboost.so.0(+0x1) [0x7f]\n", "label must be in [0,1] for logistic regression")]
    [InlineData("value -3 for Parameter max_depth should be greater equal to 0\nmax_depth: Maximum depth", "value -3 for Parameter max_depth should be greater equal to 0\nmax_depth: Maximum depth")]
    [InlineData("", "XGBoost failed without a message.")]
    public void CleanMessage_NativeMessage_DropsTimestampLocationAndStackTrace(string raw, string expected)
    {
        Assert.Equal(expected, XGBoostRuntime.CleanMessage(raw));
    }
}
