using Attendance.App.Files;
using Attendance.App.Storage;
using Attendance.Data.Contract;
using Attendance.Parquet;
using Attendance.Scheduler.Output;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Attendance.App.Offers;

/// <summary>
/// Accepted offers for the record system: <c>outbox/accepted-offers/date=YYYY-MM-DD/accepted-offers.parquet</c>,
/// one file per local day of the decision, always rewritten whole from the store (the store is the truth;
/// the file is derived). Rewritten after every accept, and by the offer-expiry job for today and yesterday,
/// so a write that failed or lost a race to another node is repaired within one expiry interval.
/// Atomic (temporary file, flushed, renamed) and idempotent: the same accepted offers give the same rows.
/// </summary>
internal sealed partial class AcceptedOffersOutbox(Store store, DataFolders folders, ILogger<AcceptedOffersOutbox> logger) : IDisposable
{
    /// <summary>The outbox folder's name.</summary>
    public const string Output = "accepted-offers";

    /// <summary>The file's name inside a day's folder.</summary>
    public const string FileName = "accepted-offers.parquet";

    /// <summary>Columns in file order: the offers contract plus who accepted and when.</summary>
    public static readonly IReadOnlyList<ParquetColumnSpec> Columns =
    [
        .. OfferFile.Columns,
        new("accepted_by", ParquetValueType.String, Nullable: false),
        new("accepted_at", ParquetValueType.Timestamp, Nullable: false),
    ];

    // One writer at a time in this process, each reading the store inside the lock, so the last rename carries the newest rows.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string PathFor(DateOnly day) => Path.Combine(folders.OutboxFor(Output, day), FileName);

    /// <summary>Rewrites the day's file from the store; returns the rows written.</summary>
    public async Task<int> WriteDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var offers = await AcceptedOnAsync(day, cancellationToken);
            Write(PathFor(day), offers);
            return offers.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// <see cref="WriteDayAsync"/> after a decision that is already committed: a failed write is logged,
    /// not shown as a failed decision (the expiry job rewrites the day).
    /// </summary>
    public async Task TryWriteDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            await WriteDayAsync(day, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            NotWritten(logger, e, day);
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Accepted offers of {Day} not written to the outbox; the offer expiry job rewrites the day")]
    private static partial void NotWritten(ILogger logger, Exception exception, DateOnly day);

    private async Task<List<OfferView>> AcceptedOnAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OfferRecord>(new CommandDefinition(
            $"SELECT {OfferRecord.Columns} FROM offers WHERE status = 'accepted' AND decided_at >= @from AND decided_at < @to ORDER BY decided_at, offer_id",
            new { from = StoreTime.ToDb(store.Dialect, OfferDays.Start(day)), to = StoreTime.ToDb(store.Dialect, OfferDays.Start(day.AddDays(1))) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToView())];
    }

    private static void Write(string path, List<OfferView> offers)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new ParquetFileWriter(path, Columns);
        var batch = writer.CreateBatch(Math.Max(1, offers.Count));
        var acceptedBy = OfferFile.Columns.Count;
        for (var i = 0; i < offers.Count; i++)
        {
            var o = offers[i];
            OfferFile.Fill(batch, i, new OfferFileRow(o.OfferId, o.SlotId, o.EntryId, o.PatientId, o.Department, o.SlotStart, o.Channel,
                o.Value, o.ExpectedAttendance, o.DaysGained, o.MeetsDeadline, o.Rank, o.Reason, o.FreesBookingId));
            batch.Values<string?>(acceptedBy)[i] = o.DecidedBy;
            batch.Values<long>(acceptedBy + 1)[i] = UtcMicros.FromInstant(o.DecidedAt!.Value);
        }
        batch.Count = offers.Count;
        writer.Write(batch);
        writer.Complete();
    }
}
