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
            batch.Values<string?>(0)[i] = o.OfferId;
            batch.Values<string?>(1)[i] = o.SlotId;
            SetString(batch, 2, i, o.EntryId);
            SetString(batch, 3, i, o.PatientId);
            batch.Values<string?>(4)[i] = o.Department;
            batch.Values<long>(5)[i] = UtcMicros.FromInstant(o.SlotStartAt);
            batch.Values<string?>(6)[i] = OfferChannels.WireName(o.Channel);
            batch.Values<double>(7)[i] = o.Value;
            Set(batch, 8, i, o.ExpectedAttendance);
            Set(batch, 9, i, o.DaysGained);
            Set(batch, 10, i, o.MeetsDeadline);
            batch.Values<int>(11)[i] = o.Rank;
            batch.Values<string?>(12)[i] = o.Reason;
            SetString(batch, 13, i, o.FreesBookingId);
        }

        batch.Count = offers.Count;
        writer.Write(batch);
        writer.Complete();
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
