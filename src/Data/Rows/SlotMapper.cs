using Attendance.Data.Batches;
using Attendance.Data.Contract;
using static Attendance.Data.Rows.Cells;

namespace Attendance.Data.Rows;

/// <summary>Maps <c>slots</c> rows to <see cref="Slot"/>.</summary>
public sealed class SlotMapper : IRowMapper<Slot>
{
    /// <summary>The shared instance.</summary>
    public static readonly SlotMapper Instance = new();

    /// <inheritdoc/>
    public TableSchema Schema => Tables.Slots;

    /// <inheritdoc/>
    public Slot Read(TableBatch batch, int row)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new Slot
        {
            SlotId = Str(batch, Columns.SlotId, row)!,
            Site = Str(batch, Columns.Site, row)!,
            Department = Str(batch, Columns.Department, row)!,
            StartAt = Instant(batch, Columns.StartAt, row)!.Value,
            DurationMin = Val<int>(batch, Columns.DurationMin, row)!.Value,
            VisitType = Str(batch, Columns.VisitType, row),
            ResourceId = Str(batch, Columns.ResourceId, row),
            Kind = Enum<SlotKind>(batch, Columns.Kind, row)!.Value,
            Reserved = Enum<SlotReservation>(batch, Columns.Reserved, row),
            Extras = batch.ExtraValuesAt(row),
        };
    }

    /// <inheritdoc/>
    public void Write(TableBatch batch, int row, Slot value)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(value);
        SetStr(batch, Columns.SlotId, row, value.SlotId);
        SetStr(batch, Columns.Site, row, value.Site);
        SetStr(batch, Columns.Department, row, value.Department);
        SetInstant(batch, Columns.StartAt, row, value.StartAt);
        SetVal<int>(batch, Columns.DurationMin, row, value.DurationMin);
        SetStr(batch, Columns.VisitType, row, value.VisitType);
        SetStr(batch, Columns.ResourceId, row, value.ResourceId);
        SetEnum<SlotKind>(batch, Columns.Kind, row, value.Kind);
        SetEnum(batch, Columns.Reserved, row, value.Reserved);
    }
}
