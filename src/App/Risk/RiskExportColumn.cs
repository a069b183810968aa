using Attendance.Parquet;

namespace Attendance.App.Risk;

/// <summary>
/// One column of the risk list's exports, shared by the CSV and the Parquet file so both hold the same
/// columns in the same order. <see cref="Value"/> gives the cell for a row and the reasons' language:
/// a <see cref="string"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, <see cref="double"/> or null.
/// </summary>
internal sealed record RiskExportColumn(string Name, ParquetValueType Type, Func<RiskRow, string, object?> Value)
{
    /// <summary>The columns: the scores file's names for what comes from it (codes as wire names), then the marks.</summary>
    public static IReadOnlyList<RiskExportColumn> All { get; } =
    [
        new("run_date", ParquetValueType.Date, (row, _) => row.Booking.RunDate),
        new("appointment_id", ParquetValueType.String, (row, _) => row.Booking.AppointmentId),
        new("patient_id", ParquetValueType.String, (row, _) => row.Booking.PatientId),
        new("start_at", ParquetValueType.Timestamp, (row, _) => row.Booking.StartAt),
        new("site", ParquetValueType.String, (row, _) => row.Booking.Site),
        new("department", ParquetValueType.String, (row, _) => row.Booking.Department),
        new("no_show_probability", ParquetValueType.Double, (row, _) => row.Booking.NoShowProbability),
        new("risk_band", ParquetValueType.String, (row, _) => row.Booking.RiskBand),
        new("action", ParquetValueType.String, (row, _) => row.Booking.Action),
        .. Enumerable.Range(0, FlaggedScoresFile.ReasonCount).SelectMany(k => new RiskExportColumn[]
        {
            new($"reason_{k + 1}", ParquetValueType.String, (row, language) => row.Booking.Reasons.ElementAtOrDefault(k)?.TextIn(language)),
            new($"reason_{k + 1}_contribution", ParquetValueType.Double, (row, _) => row.Booking.Reasons.ElementAtOrDefault(k)?.Contribution),
        }),
        .. BookingMarks.All.SelectMany(mark => new RiskExportColumn[]
        {
            new($"{mark}_by", ParquetValueType.String, (row, _) => row.MarkOf(mark)?.MarkedBy),
            new($"{mark}_at", ParquetValueType.Timestamp, (row, _) => row.MarkOf(mark)?.MarkedAt),
        }),
        new("model_version", ParquetValueType.String, (row, _) => row.Booking.ModelVersion),
    ];
}
