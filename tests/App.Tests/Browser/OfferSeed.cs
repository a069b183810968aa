using Attendance.App.Storage;
using Dapper;

namespace Attendance.App.Tests.Browser;

/// <summary>Suggested waiting-list offers put straight into the store, as an offer round would leave them.</summary>
internal static class OfferSeed
{
    /// <summary>Adds a suggested offer of its own slot (<c>s-</c> + id), three days after it was suggested.</summary>
    public static async Task AddSuggestedAsync(Store store, string offerId, DateTimeOffset suggestedAt, string department = "ortho")
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO offers (offer_id, round_id, slot_id, slot_start, department, entry_id, patient_id, channel, value, expected_attendance, days_gained, meets_deadline, rank, reason, suggested_at) " +
            "VALUES (@offerId, 'r1', @slot, @start, @department, @entry, @patient, 'fast_pass', 1.5, 0.9, 12, 1, 1, 'earliest deadline', @at)",
            new
            {
                offerId,
                slot = "s-" + offerId,
                start = StoreTime.ToDb(store.Dialect, suggestedAt.AddDays(3)),
                department,
                entry = "e-" + offerId,
                patient = "p-" + offerId,
                at = StoreTime.ToDb(store.Dialect, suggestedAt),
            });
    }
}
