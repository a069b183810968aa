using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>
/// The frame of every Attendance job: works out the run's date, runs the job, and records its rows and
/// summary in Quartz's execution history (<see cref="JobRunReport"/>, metric <c>rows</c>). A
/// <see cref="JobInputException"/> is recorded as a failure with its message and not retried; any
/// other exception propagates, so the retry policy re-fires the job with back-off, and the last
/// attempt's failure is the history's final word.
/// </summary>
internal abstract class AttendanceJob(IOptions<JobsOptions> options) : IJob
{
    /// <summary>The job data key a manual trigger sets to rerun a given day (<c>yyyy-MM-dd</c>).</summary>
    public const string DateKey = "date";

    /// <summary>The job data key a manual trigger sets to run as of another moment (ISO 8601 with offset), e.g. to replay a day.</summary>
    public const string NowKey = "now";

    /// <summary>The metric holding the rows a run processed.</summary>
    public const string RowsMetric = "rows";

    protected JobsOptions Settings => options.Value;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var now = NowOf(context);
            var run = new JobRun(DateOf(context, now), now) { Data = context.MergedJobDataMap, Recovering = context.Recovering };
            var outcome = await RunAsync(run, cancellationToken);
            var report = JobRunReport.Succeeded(outcome.Summary).With(RowsMetric, outcome.Rows);
            foreach (var (name, value) in outcome.Metrics ?? new Dictionary<string, object>())
            {
                report = report.With(name, value);
            }
            context.Result = report;
        }
        catch (JobInputException e)
        {
            context.Result = JobRunReport.Failed(e.Message).With(RowsMetric, 0);
        }
    }

    /// <summary>Does the work; idempotent: a rerun for the same date replaces that date's outputs.</summary>
    protected abstract Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken);

    private static DateTimeOffset NowOf(IJobExecutionContext context)
    {
        if (context.MergedJobDataMap.TryGetValue(NowKey, out var value) && value is string { Length: > 0 } given)
        {
            return DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now)
                ? now
                : throw new JobInputException($"job data '{NowKey}': '{given}' is not an ISO 8601 time");
        }
        return context.FireTimeUtc;
    }

    private DateOnly DateOf(IJobExecutionContext context, DateTimeOffset now)
    {
        if (context.MergedJobDataMap.TryGetValue(DateKey, out var value) && value is string { Length: > 0 } given)
        {
            return DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new JobInputException($"job data '{DateKey}': '{given}' is not a date (yyyy-MM-dd)");
        }
        var instant = context.MergedJobDataMap.ContainsKey(NowKey) ? now : context.ScheduledFireTimeUtc ?? now;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Settings.Zone).DateTime);
    }
}
