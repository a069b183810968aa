using Attendance.Scoring.Reasons;

namespace Attendance.Scoring.Tests.Reasons;

public sealed class ReasonPickerTests
{
    [Fact]
    public void Pick_TakesTheThreeLargestPositiveContributionsLargestFirstAndNeverTheBias()
    {
        float[] contributions = [0.1f, 0.7f, -2f, 0.3f, 0.5f, 0.05f, /* bias */ 9f];

        var (reasons, count) = Pick(contributions);

        Assert.Equal(3, count);
        Assert.Equal([new Reason(1, 0.7f), new Reason(4, 0.5f), new Reason(3, 0.3f)], reasons);
    }

    [Fact]
    public void Pick_OnlyRisksRaiseReasons_NegativeZeroAndMissingAreLeftOut()
    {
        float[] contributions = [-0.4f, 0f, float.NaN, 0.2f, -1f, 3f];

        var (reasons, count) = Pick(contributions);

        Assert.Equal(1, count);
        Assert.Equal(new Reason(3, 0.2f), reasons[0]);
    }

    [Fact]
    public void Pick_Ties_KeepFeatureOrder()
    {
        float[] contributions = [0.2f, 0.3f, 0.3f, 0.3f, 0.3f, 0f];

        var (reasons, _) = Pick(contributions);

        Assert.Equal([1, 2, 3], reasons.Select(r => r.Feature));
    }

    private static (Reason[] Reasons, int Count) Pick(float[] contributions)
    {
        var reasons = new Reason[ReasonPicker.Count];
        var count = ReasonPicker.Pick(contributions, reasons);
        return (reasons, count);
    }
}
