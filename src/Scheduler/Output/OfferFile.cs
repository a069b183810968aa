using Attendance.Data.Contract;
using Attendance.Parquet;
using Attendance.Scheduler.Offers;

namespace Attendance.Scheduler.Output;

/// <summary>
/// The offers Parquet file (docs/scheduler.md, "Output"): one row per offer, written to a temporary file and
/// renamed into place, so readers never see half a file.
/// </summary>
public static class OfferFile
{
    /// <summary>Columns in file order.</summary>
    public static readonly IReadOnlyList<ParquetColumnSpec> Columns =
    [
        new("offer_id", ParquetValueType.String, Nullable: false),
        new("slot_id", ParquetValueType.String, Nullable: false),
        new("entry_id", ParquetValueType.String, Nullable: true),
        new("patient_id", ParquetValueType.String, Nullable: true),
        new("department", ParquetValueType.String, Nullable: false),
        new("slot_start_at", ParquetValueType.Timestamp, Nullable: false),
        new("channel", ParquetValueType.String, Nullable: false),
        new("value", ParquetValueType.Double, Nullable: false),
        new("expected_attendance", ParquetValueType.Double, Nullable: true),
        new("days_gained", ParquetValueType.Double, Nullable: true),
        new("meets_deadline", ParquetValueType.Boolean, Nullable: true),
        new("rank", ParquetValueType.Int32, Nullable: false),
        new("reason", ParquetValueType.String, Nullable: false),
        new("frees_booking_id", ParquetValueType.String, Nullable: true),
    ];

    /// <summary>Writes the offers to <paramref name="path"/> atomically (replacing an existing file only when complete).</summary>
    public static void Write(string path, IReadOnlyList<Offer> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new ParquetFileWriter(path, Columns);
        var batch = writer.CreateBatch(Math.Max(1, offers.Count));
        for (var i = 0; i < offers.Count; i++)
        {
            var o = offers[i];
            Fill(batch, i, new OfferFileRow(o.OfferId, o.SlotId, o.EntryId, o.PatientId, o.Department, o.SlotStartAt, OfferChannels.WireName(o.Channel),
                o.Value, o.ExpectedAttendance, o.DaysGained, o.MeetsDeadline, o.Rank, o.Reason, o.FreesBookingId));
        }

        batch.Count = offers.Count;
        writer.Write(batch);
        writer.Complete();
    }

    /// <summary>
    /// Sets <see cref="Columns"/> (the batch's first columns, in that order) of one row; a file with more
    /// columns after them (the accepted offers' outbox) sets those itself.
    /// </summary>
    public static void Fill(ParquetBatch batch, int row, in OfferFileRow offer)
    {
        ArgumentNullException.ThrowIfNull(batch);
        batch.Values<string?>(0)[row] = offer.OfferId;
        batch.Values<string?>(1)[row] = offer.SlotId;
        SetString(batch, 2, row, offer.EntryId);
        SetString(batch, 3, row, offer.PatientId);
        batch.Values<string?>(4)[row] = offer.Department;
        batch.Values<long>(5)[row] = UtcMicros.FromInstant(offer.SlotStartAt);
        batch.Values<string?>(6)[row] = offer.Channel;
        batch.Values<double>(7)[row] = offer.Value;
        Set(batch, 8, row, offer.ExpectedAttendance);
        Set(batch, 9, row, offer.DaysGained);
        Set(batch, 10, row, offer.MeetsDeadline);
        batch.Values<int>(11)[row] = offer.Rank;
        batch.Values<string?>(12)[row] = offer.Reason;
        SetString(batch, 13, row, offer.FreesBookingId);
    }

    private static void SetString(ParquetBatch batch, int column, int row, string? value)
    {
        batch.Values<string?>(column)[row] = value;
        batch.Nulls(column)[row] = value is null;
    }

    private static void Set<T>(ParquetBatch batch, int column, int row, T? value)
        where T : struct
    {
        batch.Values<T>(column)[row] = value.GetValueOrDefault();
        batch.Nulls(column)[row] = !value.HasValue;
    }
}
