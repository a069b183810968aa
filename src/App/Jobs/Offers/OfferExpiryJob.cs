using Attendance.App.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Offers;

/// <summary>
/// Expires suggested offers nobody decided on within <see cref="JobsOptions.OfferPendingFor"/>, so
/// their slots go to the next offer round. Idempotent: an expired offer is no longer pending.
/// </summary>
internal sealed class OfferExpiryJob(Store store, IOptions<JobsOptions> options) : AttendanceJob(options)
{
    /// <summary>Who the offers' <c>decided_by</c> names for an expiry.</summary>
    public const string Actor = "system:offer-expiry";

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var now = run.Now;
        var cutoff = now - Settings.OfferPendingFor;
        await using var connection = await store.OpenAsync(cancellationToken);
        // Both dialects compare instants: timestamptz on PostgreSQL, same-format UTC ISO text on SQLite.
        var expired = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE offers SET status = 'expired', decided_by = @actor, decided_at = @now, version = version + 1 " +
            "WHERE status = 'suggested' AND suggested_at < @cutoff",
            new { actor = Actor, now = StoreTime.ToDb(store.Dialect, now), cutoff = StoreTime.ToDb(store.Dialect, cutoff) },
            cancellationToken: cancellationToken));
        return new JobOutcome(expired, $"{expired} offers pending since before {cutoff:yyyy-MM-dd HH:mm} UTC expired");
    }
}
