using System.Data.Common;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Offers;

/// <summary>The writes of one decision, inside its transaction, on the offer it locked.</summary>
internal sealed class OfferChange(Store store, DbConnection connection, DbTransaction transaction, OfferView offer, string actor, DateTimeOffset now)
{
    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    /// <summary>The offer as locked, still suggested at the version the page showed.</summary>
    public OfferView Offer => offer;

    public DateTimeOffset Now => now;

    /// <summary>Moves the offer from suggested to <paramref name="status"/>; a unique violation (slot accepted elsewhere) propagates.</summary>
    public async Task<OfferView> SetStatusAsync(string status, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE offers SET status = @status, decided_by = @actor, decided_at = @now, version = version + 1 " +
            "WHERE offer_id = @id AND version = @version AND status = 'suggested'",
            new { status, actor, now = StoreTime.ToDb(store.Dialect, now), id = offer.OfferId, version = offer.Version },
            transaction, cancellationToken: cancellationToken));
        // The row is locked (FOR UPDATE, or SQLite's write lock) and was checked: nobody can have changed it.
        return changed == 1
            ? offer with { Status = status, DecidedBy = actor, DecidedAt = now, Version = offer.Version + 1 }
            : throw new InvalidOperationException($"offer {offer.OfferId} changed under its lock");
    }

    /// <summary>
    /// Another accepted offer of this offer's entry, if any (a patient moves once). On PostgreSQL a transaction-scoped
    /// advisory lock on the entry makes two concurrent accepts for one entry queue here, so the second sees the first;
    /// it is taken after the offer's row lock and holds nothing the first needs, so they cannot deadlock. SQLite
    /// serialises writers anyway.
    /// </summary>
    public async Task<OfferView?> AcceptedForEntryAsync(CancellationToken cancellationToken)
    {
        if (offer.EntryId is null)
        {
            return null;
        }
        if (store.Dialect == StoreDialect.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtextextended(@entry, 0))",
                new { entry = offer.EntryId }, transaction, cancellationToken: cancellationToken));
        }
        return (await connection.QueryFirstOrDefaultAsync<OfferRecord>(new CommandDefinition(
            $"SELECT {OfferRecord.Columns} FROM offers WHERE entry_id = @entry AND status = 'accepted'", new { entry = offer.EntryId },
            transaction, cancellationToken: cancellationToken)))?.ToView();
    }

    /// <summary>Keeps the offer's slot for phone booking (later rounds offer it to phone entries only).</summary>
    public Task HoldSlotAsync(CancellationToken cancellationToken) => connection.ExecuteAsync(new CommandDefinition(
        "INSERT INTO offer_slot_holds (slot_id, department, slot_start, kept_by, kept_at) VALUES (@slot, @department, @start, @actor, @now) " +
        "ON CONFLICT (slot_id) DO NOTHING",
        new { slot = offer.SlotId, department = offer.Department, start = StoreTime.ToDb(store.Dialect, offer.SlotStart), actor, now = StoreTime.ToDb(store.Dialect, now) },
        transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Suggests the slot to its best stored alternative still free, in the offer's channel: its entry is
    /// not on offer or accepted anywhere and was never offered this slot. Null when none is left.
    /// </summary>
    public async Task<OfferView?> SuggestNextAsync(CancellationToken cancellationToken)
    {
        var next = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT a.entry_id FROM offer_alternatives a WHERE a.slot_id = @slot AND a.round_id = @round AND a.channel = @channel " +
            "AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.entry_id = a.entry_id AND (o.status IN ('suggested', 'accepted') OR o.slot_id = a.slot_id)) " +
            "ORDER BY a.rank LIMIT 1",
            new { slot = offer.SlotId, round = offer.RoundId, channel = offer.Channel }, transaction, cancellationToken: cancellationToken));
        if (next is null)
        {
            return null;
        }
        var id = $"{offer.SlotId}/{next}";
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO offers (offer_id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, " +
            "days_gained, meets_deadline, rank, reason, frees_booking_id, visit_type, suggested_at) " +
            "SELECT @id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, days_gained, " +
            "meets_deadline, rank, reason, frees_booking_id, visit_type, @now FROM offer_alternatives WHERE slot_id = @slot AND round_id = @round AND entry_id = @entry",
            new { id, now = StoreTime.ToDb(store.Dialect, now), slot = offer.SlotId, round = offer.RoundId, entry = next },
            transaction, cancellationToken: cancellationToken));
        return await OfferStore.FindAsync(connection, transaction, id, "", cancellationToken);
    }
}
