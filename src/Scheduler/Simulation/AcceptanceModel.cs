namespace Attendance.Scheduler.Simulation;

/// <summary>
/// Probability that a patient accepts an offer: logit p = α + β·ln(1 + days gained) + γ·ln(notice in days).
/// Acceptance falls with shorter notice and fewer days gained. α is calibrated (<see cref="Calibrated"/>) so the FCFS
/// baseline accepts about 11% of its offers, the field figure.
/// </summary>
/// <param name="Alpha">Intercept.</param>
/// <param name="GainSlope">β ≥ 0: effect of ln(1 + days gained).</param>
/// <param name="NoticeSlope">γ ≥ 0: effect of ln(notice in days) (notice floored at one hour).</param>
public sealed record AcceptanceModel(double Alpha, double GainSlope = 0.45, double NoticeSlope = 0.35)
{
    /// <summary>The acceptance probability of an offer.</summary>
    public double Probability(double daysGained, TimeSpan notice)
    {
        var noticeDays = Math.Max(notice.TotalDays, 1.0 / 24);
        var logit = Alpha + (GainSlope * Math.Log(1 + Math.Max(0, daysGained))) + (NoticeSlope * Math.Log(noticeDays));
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>
    /// Finds α by bisection so that <paramref name="acceptanceRateOf"/> (the FCFS acceptance rate a model gives on a
    /// calibration run) hits <paramref name="target"/>.
    /// </summary>
    public static AcceptanceModel Calibrated(double target, Func<AcceptanceModel, double> acceptanceRateOf, double gainSlope = 0.45, double noticeSlope = 0.35)
    {
        ArgumentNullException.ThrowIfNull(acceptanceRateOf);
        double low = -12, high = 4;
        for (var i = 0; i < 30; i++)
        {
            var mid = (low + high) / 2;
            if (acceptanceRateOf(new AcceptanceModel(mid, gainSlope, noticeSlope)) < target)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return new AcceptanceModel((low + high) / 2, gainSlope, noticeSlope);
    }
}
