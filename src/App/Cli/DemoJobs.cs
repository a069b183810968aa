using Attendance.App.Jobs;
using Attendance.App.Jobs.Scoring;
using Attendance.App.Storage;
using Dapper;
using Quartz;

namespace Attendance.App.Cli;

/// <summary>
/// The demo's jobs in the running <c>serve</c> host: the Scoring job (its partitions and summarising step
/// fill the risk list) and then an offer round (the Offers page), each triggered as an administrator
/// would on the Jobs page and waited for. A failed run (any attempt, so the demo does not sit out the
/// retry back-off) ends the demo with the run's message.
/// </summary>
internal sealed class DemoJobs(JobControl control, JobBoard board, Store store, TimeProvider time)
{
    /// <summary>Who the Jobs page and the audit log say triggered the runs.</summary>
    public const string Actor = "attendance demo";

    /// <summary>Bounds only a broken demo (a scheduler that never fires); both take seconds on the default region.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>Scores <paramref name="today"/> and runs an offer round; returns each job's summary line.</summary>
    /// <exception cref="UserFacingException">A run failed (its message) or nothing finished in time.</exception>
    public async Task<(string Scoring, string OfferRound)> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var scoring = await RunScoringAsync(today, cancellationToken);
        var offerRound = Job(nameof(JobsOptions.OfferRound));
        var round = await RunAsync(offerRound, today, [], offerRound.Key, (_, _) => Task.FromResult(true), cancellationToken);
        return (scoring, round);
    }

    private async Task<string> RunScoringAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var scoring = Job(nameof(JobsOptions.Scoring));
        // The summarising step's success is not enough: a run superseded by a newer one (say, a missed nightly
        // firing at start-up) merges nothing; the day's scoring_runs row written since the trigger is the proof.
        return await RunAsync(scoring, today, [ScoringPartitionJob.Key, ScoringSummaryJob.Key], ScoringSummaryJob.Key,
            (since, ct) => ScoredSinceAsync(today, since, ct), cancellationToken);
    }

    /// <summary>
    /// Triggers <paramref name="job"/> for <paramref name="date"/> and waits until a run of <paramref name="doneBy"/>
    /// fired since then succeeded and <paramref name="stored"/> agrees; a failed run of the job or one of
    /// <paramref name="steps"/> ends the wait.
    /// </summary>
    private async Task<string> RunAsync(JobDefinition job, DateOnly date, JobKey[] steps, JobKey doneBy,
        Func<DateTimeOffset, CancellationToken, Task<bool>> stored, CancellationToken cancellationToken)
    {
        // Whole milliseconds: the execution history keeps no finer times.
        var now = time.GetUtcNow();
        var since = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        await control.TriggerAsync(job, Actor, date, cancellationToken);
        var deadline = since + Deadline;
        while (true)
        {
            foreach (var key in steps.Prepend(job.Key))
            {
                if ((await RunsSinceAsync(key, since, cancellationToken)).FirstOrDefault(run => run.Result == JobRunResult.Failed) is { } failed)
                {
                    throw new UserFacingException($"the {job.Name} job failed: {OneLine(failed.Message)}");
                }
            }
            var done = (await RunsSinceAsync(doneBy, since, cancellationToken)).FirstOrDefault(run => run.Result == JobRunResult.Succeeded);
            if (done is not null && await stored(since, cancellationToken))
            {
                return OneLine(done.Message);
            }
            if (time.GetUtcNow() > deadline)
            {
                throw new UserFacingException($"the {job.Name} job did not finish within {Deadline.TotalMinutes:0} minutes (see the Jobs page)");
            }
            await Task.Delay(Poll, time, cancellationToken);
        }
    }

    private async Task<IEnumerable<JobRunView>> RunsSinceAsync(JobKey key, DateTimeOffset since, CancellationToken cancellationToken) =>
        (await board.RunsAsync(key, JobBoard.RunsPerJob, cancellationToken)).Where(run => run.FiredAt >= since);

    private async Task<bool> ScoredSinceAsync(DateOnly date, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var scoredAt = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(
            "SELECT scored_at FROM scoring_runs WHERE run_date = @date",
            new { date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken: cancellationToken));
        return StoreTime.FromDb(scoredAt) >= since;
    }

    private static JobDefinition Job(string name) => JobCatalog.Find(name) ?? throw new InvalidOperationException($"no job {name}");

    private static string OneLine(string? message) => string.Join(' ', (message ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
