using Attendance.App.Jobs.Models;
using Attendance.App.Jobs.Offers;
using Attendance.App.Jobs.Scoring;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>
/// Attendance's jobs. Misfires (firing times that passed while no node was running, e.g. after a
/// night's downtime) never cause a catch-up storm: the frequent jobs (offer rounds, expiry) do
/// nothing and wait for their next firing, minutes away; the daily and weekly ones
/// (scoring, retraining, calibration) fire once at start-up and then follow their schedule, because
/// their next firing is a day away and the planners need today's scores — once, however many
/// firings were missed.
/// </summary>
internal static class JobCatalog
{
    /// <summary>The Quartz group of every Attendance job and schedule trigger.</summary>
    public const string Group = "attendance";

    public static IReadOnlyList<JobDefinition> All { get; } =
    [
        new(nameof(JobsOptions.Scoring), typeof(ScoringJob), options => options.Scoring,
            CronTriggerMisfireInstruction.FireAndProceed, () => JobTexts.Scoring)
        {
            Steps =
            [
                new(ScoringPartitionJob.Key, typeof(ScoringPartitionJob), Concurrent: true, () => JobTexts.ScoringPartition),
                new(ScoringSummaryJob.Key, typeof(ScoringSummaryJob), Concurrent: false, () => JobTexts.ScoringSummary),
            ],
        },
        new(nameof(JobsOptions.OfferRound), typeof(OfferRoundJob), options => options.OfferRound,
            CronTriggerMisfireInstruction.DoNothing, () => JobTexts.OfferRound),
        new(nameof(JobsOptions.OfferExpiry), typeof(OfferExpiryJob), options => options.OfferExpiry,
            CronTriggerMisfireInstruction.DoNothing, () => JobTexts.OfferExpiry),
        new(nameof(JobsOptions.Retrain), typeof(RetrainJob), options => options.Retrain,
            CronTriggerMisfireInstruction.FireAndProceed, () => JobTexts.Retrain),
        new(nameof(JobsOptions.Calibration), typeof(CalibrationJob), options => options.Calibration,
            CronTriggerMisfireInstruction.FireAndProceed, () => JobTexts.Calibration),
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(job => string.Equals(job.Name, name, StringComparison.Ordinal));
}
