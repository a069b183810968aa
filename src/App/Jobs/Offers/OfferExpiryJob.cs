using Attendance.App.Offers;
using Attendance.App.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace Attendance.App.Jobs.Offers;

/// <summary>
/// Expires suggested offers nobody decided on within <see cref="JobsOptions.OfferPendingFor"/>, so
/// their slots go to the next offer round; drops stored alternatives of slots already past; and
/// rewrites today's and yesterday's accepted-offers files from the store, so an accept whose file
/// write failed or lost a race with another node reaches the outbox within one interval.
/// Idempotent: an expired offer is no longer pending, and the files are rewritten whole.
/// </summary>
internal sealed class OfferExpiryJob(Store store, AcceptedOffersOutbox outbox, IOptions<JobsOptions> options) : AttendanceJob(options)
{
    /// <summary>Who the offers' <c>decided_by</c> names for an expiry.</summary>
    public const string Actor = "system:offer-expiry";

    protected override async Task<JobOutcome> RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var now = run.Now;
        var cutoff = now - Settings.OfferPendingFor;
        int expired;
        await using (var connection = await store.OpenAsync(cancellationToken))
        {
            // Both dialects compare instants: timestamptz on PostgreSQL, same-format UTC ISO text on SQLite.
            expired = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE offers SET status = 'expired', decided_by = @actor, decided_at = @now, version = version + 1 " +
                "WHERE status = 'suggested' AND suggested_at < @cutoff",
                new { actor = Actor, now = StoreTime.ToDb(store.Dialect, now), cutoff = StoreTime.ToDb(store.Dialect, cutoff) },
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM offer_alternatives WHERE slot_start < @now", new { now = StoreTime.ToDb(store.Dialect, now) }, cancellationToken: cancellationToken));
        }

        var today = OfferDays.Of(now);
        var accepted = await outbox.WriteDayAsync(today.AddDays(-1), cancellationToken) + await outbox.WriteDayAsync(today, cancellationToken);
        return new JobOutcome(expired, $"{expired} offers pending since before {cutoff:yyyy-MM-dd HH:mm} UTC expired; {accepted} accepted offers of yesterday and today in the outbox");
    }
}
