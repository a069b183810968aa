using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Tests.Offers;

/// <summary>Suggested offers and alternatives written straight into a store, as an offer round would.</summary>
internal static class OfferSeed
{
    /// <summary>The factory's clock: 2026-03-02 08:00 UTC (09:00 in Copenhagen); slots are on the next day.</summary>
    public static readonly DateTimeOffset Tomorrow = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static async Task AddAsync(Store store, string slot, string? entry, string department = "ortho", string channel = "fast_pass",
        DateTimeOffset? start = null, string reason = "unchanged; 12 days earlier than now booked; expected attendance 0.90; best of 4 candidates considered for this slot",
        string? patient = null, string round = "2026-03-02/070000", string? visitType = "Kontrol", DateTimeOffset? suggestedAt = null)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO offers (offer_id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, days_gained, meets_deadline, rank, reason, visit_type, suggested_at) " +
            "VALUES (@id, @round, @slot, @start, @department, @entry, @patient, @channel, 21.6, 0.9, 12, @deadline, 1, @reason, @visitType, @at)",
            new
            {
                id = $"{slot}/{entry ?? "ticket"}",
                round,
                slot,
                start = StoreTime.ToDb(store.Dialect, start ?? Tomorrow),
                department,
                entry,
                patient = entry is null ? null : patient ?? "p-" + entry,
                channel,
                deadline = store.Dialect == StoreDialect.Postgres ? (object)true : 1,
                reason,
                visitType,
                at = StoreTime.ToDb(store.Dialect, suggestedAt ?? new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero)),
            });
    }

    public static async Task AddAlternativeAsync(Store store, string slot, string entry, int rank, string channel = "fast_pass",
        string department = "ortho", string round = "2026-03-02/070000")
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO offer_alternatives (round_id, slot_id, rank, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, days_gained, meets_deadline, reason) " +
            "VALUES (@round, @slot, @rank, @start, @department, @entry, @patient, @channel, 10.5, 0.8, 7, NULL, @reason)",
            new { round, slot, rank, start = StoreTime.ToDb(store.Dialect, Tomorrow), department, entry, patient = "p-" + entry, channel, reason = $"routine; rank {rank}" });
    }

    public static async Task<string> StatusAsync(Store store, string offerId)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<string>("SELECT status FROM offers WHERE offer_id = @offerId", new { offerId });
    }

    public static async Task<int> VersionAsync(Store store, string offerId)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<int>("SELECT version FROM offers WHERE offer_id = @offerId", new { offerId });
    }
}
