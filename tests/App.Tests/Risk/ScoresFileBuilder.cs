using Attendance.Parquet;
using Attendance.Scoring.Output;

namespace Attendance.App.Tests.Risk;

/// <summary>One row of a hand-made scores file; reasons only on flagged rows, as the scorer writes them.</summary>
internal sealed record ScoreRow(
    string AppointmentId,
    DateTimeOffset StartAt,
    string? Department = "ortho",
    string? Site = "SLA",
    double Probability = 0.4,
    bool Flagged = true,
    string? Action = "phone_reminder",
    string Band = "very_high",
    string Patient = "p-1",
    params string[] Reasons);

/// <summary>Writes scores files with the scorer's columns (src/Scoring/README.md), so the risk list's tests need no model.</summary>
internal static class ScoresFileBuilder
{
    public const string ModelVersion = "v0007@0123456789ab";

    private static readonly ParquetColumnSpec[] Columns =
    [
        new(ScoreColumns.AppointmentId, ParquetValueType.String, false),
        new(ScoreColumns.PatientId, ParquetValueType.String, false),
        new(ScoreColumns.StartAt, ParquetValueType.Timestamp, false),
        new(ScoreColumns.Site, ParquetValueType.String, true),
        new(ScoreColumns.Department, ParquetValueType.String, true),
        new(ScoreColumns.NoShowProbability, ParquetValueType.Double, false),
        new(ScoreColumns.RiskBand, ParquetValueType.String, false),
        new(ScoreColumns.Flagged, ParquetValueType.Boolean, false),
        new(ScoreColumns.Action, ParquetValueType.String, true),
        .. Enumerable.Range(1, 3).SelectMany(k => new ParquetColumnSpec[]
        {
            new(ScoreColumns.Reason(k), ParquetValueType.String, true),
            new(ScoreColumns.Contribution(k), ParquetValueType.Double, true),
        }),
        new(ScoreColumns.ModelVersion, ParquetValueType.String, false),
    ];

    /// <summary>Writes <paramref name="rows"/> to a new temporary file (row groups of <paramref name="rowGroupRows"/>) and returns its path.</summary>
    public static string Write(IReadOnlyList<ScoreRow> rows, int rowGroupRows = 1000)
    {
        var path = Path.Combine(Path.GetTempPath(), $"attendance-risk-scores-{Guid.NewGuid():N}.parquet");
        using var writer = new ParquetFileWriter(path, Columns, new ParquetWriterOptions { RowGroupRows = rowGroupRows });
        var batch = writer.CreateBatch(Math.Max(1, rows.Count));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            batch.Values<string?>(0)[i] = row.AppointmentId;
            batch.Values<string?>(1)[i] = row.Patient;
            batch.Values<long>(2)[i] = (row.StartAt - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
            SetString(batch, 3, i, row.Site);
            SetString(batch, 4, i, row.Department);
            batch.Values<double>(5)[i] = row.Probability;
            batch.Values<string?>(6)[i] = row.Band;
            batch.Values<bool>(7)[i] = row.Flagged;
            SetString(batch, 8, i, row.Flagged ? row.Action : null);
            for (var k = 0; k < 3; k++)
            {
                var reason = row.Flagged && k < row.Reasons.Length ? row.Reasons[k] : null;
                SetString(batch, 9 + (2 * k), i, reason);
                batch.Values<double>(10 + (2 * k))[i] = 0.5 - (0.1 * k);
                batch.Nulls(10 + (2 * k))[i] = reason is null;
            }
            batch.Values<string?>(15)[i] = ModelVersion;
        }
        batch.Count = rows.Count;
        writer.Write(batch);
        writer.Complete();
        return path;
    }

    private static void SetString(ParquetBatch batch, int column, int row, string? value)
    {
        batch.Values<string?>(column)[row] = value;
        batch.Nulls(column)[row] = value is null;
    }
}
