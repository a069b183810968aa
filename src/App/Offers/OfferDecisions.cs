using System.Data.Common;
using Attendance.App.Audit;
using Attendance.App.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attendance.App.Offers;

/// <summary>
/// The calendar administrators' decisions on suggested offers. Each runs in one write transaction
/// that locks the offer, checks that it is still suggested at the version the page showed, makes the
/// change and appends the audit row (before/after), so a decision and its audit entry commit together.
/// </summary>
/// <remarks>
/// Exactly one of two concurrent decisions wins: on the same offer, the second sees the first's
/// version (SQLite serialises writers with BEGIN IMMEDIATE; PostgreSQL's FOR UPDATE makes the second
/// wait and re-read); on two offers of one slot, the partial unique index
/// <c>offers_one_accepted_per_slot</c> refuses the second accept (PostgreSQL lets it wait for the
/// first's commit, then raises a unique violation). Both end as <see cref="DecisionResult.Stale"/> or
/// <see cref="DecisionResult.SlotTaken"/> naming who decided and when — never an error page.
/// </remarks>
internal sealed class OfferDecisions(Store store, AuditLog audit, TimeProvider time, AcceptedOffersOutbox outbox)
{
    public async Task<DecisionOutcome> AcceptAsync(string offerId, int version, string actor, CancellationToken cancellationToken)
    {
        var outcome = await AcceptOneAsync(offerId, version, actor, cancellationToken);
        if (outcome.Result == DecisionResult.Done)
        {
            await outbox.TryWriteDayAsync(OfferDays.Of(outcome.Offer!.DecidedAt!.Value), cancellationToken);
        }
        return outcome;
    }

    /// <summary>Accepts each offer on its own (one transaction each), so one lost conflict does not undo the others.</summary>
    public async Task<IReadOnlyList<DecisionOutcome>> BulkAcceptAsync(IReadOnlyList<(string OfferId, int Version)> offers, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var outcomes = new List<DecisionOutcome>(offers.Count);
        foreach (var (offerId, version) in offers)
        {
            outcomes.Add(await AcceptOneAsync(offerId, version, actor, cancellationToken));
        }
        foreach (var day in outcomes.Where(o => o.Result == DecisionResult.Done).Select(o => OfferDays.Of(o.Offer!.DecidedAt!.Value)).Distinct())
        {
            await outbox.TryWriteDayAsync(day, cancellationToken);
        }
        return outcomes;
    }

    public Task<DecisionOutcome> RejectAsync(string offerId, int version, string actor, CancellationToken cancellationToken) =>
        DecideAsync(offerId, version, actor, OfferAuditActions.Reject, async (change, ct) =>
            new DecisionOutcome(DecisionResult.Done, await change.SetStatusAsync("rejected", ct)), cancellationToken);

    /// <summary>
    /// Rejects the offer and suggests the slot to the best of the round's stored alternatives that is
    /// still free (not on offer or accepted elsewhere, never offered this slot), in the same channel —
    /// so the day's digital reserve and the phone budget stay as the optimiser left them. Without one,
    /// the slot goes back to the next round (<see cref="DecisionOutcome.Next"/> is null).
    /// </summary>
    public Task<DecisionOutcome> NextCandidateAsync(string offerId, int version, string actor, CancellationToken cancellationToken) =>
        DecideAsync(offerId, version, actor, OfferAuditActions.Next, async (change, ct) =>
        {
            var rejected = await change.SetStatusAsync("rejected", ct);
            var next = await change.SuggestNextAsync(ct);
            return new DecisionOutcome(DecisionResult.Done, rejected, Next: next);
        }, cancellationToken);

    /// <summary>
    /// Rejects a digital offer and keeps its slot for patients who do not use the digital channel:
    /// later rounds treat the slot as <c>non_digital</c> (phone entries only).
    /// </summary>
    public Task<DecisionOutcome> KeepForNonDigitalAsync(string offerId, int version, string actor, CancellationToken cancellationToken) =>
        DecideAsync(offerId, version, actor, OfferAuditActions.KeepNonDigital, async (change, ct) =>
        {
            if (!change.Offer.IsDigital)
            {
                return new DecisionOutcome(DecisionResult.NotApplicable, change.Offer);
            }
            var rejected = await change.SetStatusAsync("rejected", ct);
            await change.HoldSlotAsync(ct);
            return new DecisionOutcome(DecisionResult.Done, rejected);
        }, cancellationToken);

    private Task<DecisionOutcome> AcceptOneAsync(string offerId, int version, string actor, CancellationToken cancellationToken) =>
        DecideAsync(offerId, version, actor, OfferAuditActions.Accept, async (change, ct) =>
        {
            if (await OfferStore.AcceptedForSlotAsync(change.Connection, change.Transaction, change.Offer.SlotId, ct) is { } slotWinner)
            {
                return new DecisionOutcome(DecisionResult.SlotTaken, change.Offer, slotWinner);
            }
            return await change.AcceptedForEntryAsync(ct) is { } entryWinner
                ? new DecisionOutcome(DecisionResult.PatientTaken, change.Offer, entryWinner)
                : new DecisionOutcome(DecisionResult.Done, await change.SetStatusAsync("accepted", ct));
        }, cancellationToken);

    private async Task<DecisionOutcome> DecideAsync(string offerId, int version, string actor, string action,
        Func<OfferChange, CancellationToken, Task<DecisionOutcome>> decide, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(offerId);
        ArgumentException.ThrowIfNullOrEmpty(actor);
        await using var connection = await store.OpenAsync(cancellationToken);
        try
        {
            await using var transaction = await store.BeginWriteAsync(connection, cancellationToken);
            var offer = await OfferStore.FindAsync(connection, transaction, offerId, store.ForUpdate, cancellationToken);
            if (offer is null)
            {
                return new DecisionOutcome(DecisionResult.NotFound, null);
            }
            if (offer.Status != "suggested" || offer.Version != version)
            {
                return new DecisionOutcome(DecisionResult.Stale, offer);
            }

            var change = new OfferChange(store, connection, transaction, offer, actor, time.GetUtcNow());
            var outcome = await decide(change, cancellationToken);
            if (outcome.Result != DecisionResult.Done)
            {
                return outcome;
            }
            var after = action == OfferAuditActions.Next ? AuditLog.ToJson(new { rejected = outcome.Offer, next = outcome.Next }) : AuditLog.ToJson(outcome.Offer);
            await audit.AppendAsync(connection, transaction, new AuditEntry(change.Now, actor, action, offerId, AuditLog.ToJson(offer), after), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            // Another offer of the slot was accepted between our check and our update (the transaction is rolled back).
            var offer = await OfferStore.FindAsync(connection, null, offerId, "", cancellationToken);
            var winner = offer is null ? null : await OfferStore.AcceptedForSlotAsync(connection, null, offer.SlotId, cancellationToken);
            return new DecisionOutcome(DecisionResult.SlotTaken, offer, winner);
        }
    }

    private static bool IsUniqueViolation(DbException e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteExtendedErrorCode: 2067 /* SQLITE_CONSTRAINT_UNIQUE */ };
}
