using System.Text.Json;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>One finished run as the Jobs page shows it, read from Quartz's execution history.</summary>
/// <param name="FiredAt">When the run started.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Result">What it achieved (a reported validation failure is <see cref="JobRunResult.Failed"/> too).</param>
/// <param name="Rows">The rows the run processed (metric <c>rows</c>), when it reported them.</param>
/// <param name="Message">The job's summary, or for a failure what went wrong (the exception's or the validation's message, as it is).</param>
/// <param name="RetryAttempt">0 for the scheduled or manual firing, n for the n-th retry.</param>
/// <param name="RetryScheduled">Whether a failure is to be tried again; a failure without is final.</param>
/// <param name="Manual">Triggered on demand rather than by the schedule.</param>
/// <param name="Node">The scheduler instance (cluster node) that ran it.</param>
internal sealed record JobRunView(
    DateTimeOffset FiredAt,
    TimeSpan Duration,
    JobRunResult Result,
    long? Rows,
    string? Message,
    int RetryAttempt,
    bool RetryScheduled,
    bool Manual,
    string Node)
{
    /// <summary>The step of a fanned-out job this run was (its title), or null for a run of the job itself.</summary>
    public string? Step { get; init; }

    public static JobRunView From(ExecutionHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new JobRunView(entry.FiredAtUtc, entry.Duration, entry.EffectiveResult, RowsOf(entry.MetricsJson),
            entry.ExceptionMessage ?? entry.Summary, entry.RetryAttempt, entry.RetryScheduled, entry.Manual, entry.SchedulerInstanceId);
    }

    private static long? RowsOf(string? metricsJson)
    {
        if (string.IsNullOrEmpty(metricsJson))
        {
            return null;
        }
        using var document = JsonDocument.Parse(metricsJson);
        return document.RootElement.TryGetProperty(AttendanceJob.RowsMetric, out var rows) && rows.TryGetInt64(out var value) ? value : null;
    }
}
