using System.Data.Common;
using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Offers;

/// <summary>
/// The review page's reads of <c>offers</c> and the reserves. Filters are bound parameters; only
/// fixed SQL fragments are concatenated. Each query is served by an index of migrations 0003/0007
/// (benchmarked with 100k offers in benchmarks/RESULTS.md, "Offers store").
/// </summary>
internal sealed class OfferStore(Store store)
{
    /// <summary>Suggested offers of the filter still open to accept (slot and patient not taken), by department, slot start and slot, at most <paramref name="limit"/>.</summary>
    /// <returns>The offers and whether more matched than the limit.</returns>
    public async Task<(IReadOnlyList<OfferView> Offers, bool More)> SuggestedAsync(OfferFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var department = filter.Department is null ? "" : " AND department = @department";
        // Offers whose slot or patient another accepted offer already took would only fail on accept: not shown.
        var sql = $"SELECT {OfferRecord.Columns} FROM offers WHERE status = 'suggested' AND slot_start >= @from AND slot_start < @to{department} " +
                  // Two probes, not one with OR: each is served by an index (offers_one_accepted_per_slot, offers_entry).
                  "AND NOT EXISTS (SELECT 1 FROM offers taken WHERE taken.slot_id = offers.slot_id AND taken.status = 'accepted') " +
                  "AND NOT EXISTS (SELECT 1 FROM offers taken WHERE taken.entry_id = offers.entry_id AND taken.status = 'accepted') " +
                  "ORDER BY department, slot_start, slot_id, offer_id LIMIT @limit";
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OfferRecord>(new CommandDefinition(sql, new
        {
            department = filter.Department,
            from = StoreTime.ToDb(store.Dialect, OfferDays.Start(filter.From)),
            to = StoreTime.ToDb(store.Dialect, OfferDays.Start(filter.To.AddDays(1))),
            limit = limit + 1,
        }, cancellationToken: cancellationToken))).ToList();
        return ([.. rows.Take(limit).Select(row => row.ToView())], rows.Count > limit);
    }

    /// <summary>The departments that have suggested offers (for the filter's choices).</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT department FROM offers WHERE status = 'suggested' ORDER BY department", cancellationToken: cancellationToken))];
    }

    public async Task<OfferView?> FindAsync(string offerId, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, offerId, "", cancellationToken);
    }

    /// <summary>The reserves of the newest round that ran on <paramref name="day"/> (local), one row per department.</summary>
    public async Task<IReadOnlyList<RoundReserve>> ReservesAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var dialect = store.Dialect;
        var range = new { from = StoreTime.ToDb(dialect, OfferDays.Start(day)), to = StoreTime.ToDb(dialect, OfferDays.Start(day.AddDays(1))) };
        var round = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT round_id FROM offer_round_reserves WHERE ran_at >= @from AND ran_at < @to ORDER BY ran_at DESC, round_id DESC LIMIT 1",
            range, cancellationToken: cancellationToken));
        if (round is null)
        {
            return [];
        }
        var rows = await connection.QueryAsync<RoundReserveRecord>(new CommandDefinition(
            "SELECT r.round_id AS RoundId, r.department AS Department, r.ran_at AS RanAt, r.free_slots AS FreeSlots, r.subacute AS Subacute, " +
            "r.non_digital AS NonDigital, r.kept_from_digital AS KeptFromDigital, r.fast_pass AS FastPass, r.phone AS Phone, r.tickets AS Tickets, " +
            "r.reserve_share AS ReserveShare, (SELECT COUNT(*) FROM offer_slot_holds h WHERE h.department = r.department " +
            "AND h.slot_start >= @from) AS KeptByAdministrators " +
            "FROM offer_round_reserves r WHERE r.round_id = @round ORDER BY r.department",
            new { round, range.from, range.to }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToReserve())];
    }

    /// <summary>One offer, optionally locked (<paramref name="lockSuffix"/> = <see cref="Store.ForUpdate"/> inside a write).</summary>
    internal static async Task<OfferView?> FindAsync(DbConnection connection, DbTransaction? transaction, string offerId, string lockSuffix, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<OfferRecord>(new CommandDefinition(
            $"SELECT {OfferRecord.Columns} FROM offers WHERE offer_id = @offerId{lockSuffix}", new { offerId }, transaction,
            cancellationToken: cancellationToken)))?.ToView();

    /// <summary>The accepted offer of a slot, if any (at most one: the partial unique index).</summary>
    internal static async Task<OfferView?> AcceptedForSlotAsync(DbConnection connection, DbTransaction? transaction, string slotId, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<OfferRecord>(new CommandDefinition(
            $"SELECT {OfferRecord.Columns} FROM offers WHERE slot_id = @slotId AND status = 'accepted'", new { slotId }, transaction,
            cancellationToken: cancellationToken)))?.ToView();

    private sealed class RoundReserveRecord
    {
        public string RoundId { get; set; } = "";
        public string Department { get; set; } = "";
        public object? RanAt { get; set; }
        public long FreeSlots { get; set; }
        public long Subacute { get; set; }
        public long NonDigital { get; set; }
        public long KeptFromDigital { get; set; }
        public long FastPass { get; set; }
        public long Phone { get; set; }
        public long Tickets { get; set; }
        public double ReserveShare { get; set; }
        public long KeptByAdministrators { get; set; }

        public RoundReserve ToReserve() => new(RoundId, Department, StoreTime.FromDb(RanAt) ?? DateTimeOffset.MinValue, (int)FreeSlots, (int)Subacute,
            (int)NonDigital, (int)KeptFromDigital, (int)FastPass, (int)Phone, (int)Tickets, ReserveShare, (int)KeptByAdministrators);
    }
}
