using Attendance.Parquet;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring.Output;

/// <summary>
/// Writes the scores Parquet file from bookings batches and what the scorer decided for their rows. The
/// file appears under its name only after <see cref="Complete"/>; disposing without it leaves nothing.
/// </summary>
internal sealed class ScoresWriter : IDisposable
{
    private const int AppointmentId = 0, PatientId = 1, StartAt = 2, Site = 3, Department = 4, Probability = 5, Band = 6, Flagged = 7, Action = 8;
    private const int FirstReason = 9, ModelVersion = FirstReason + (2 * ReasonPicker.Count);

    private static readonly ParquetColumnSpec[] Columns =
    [
        new(ScoreColumns.AppointmentId, ParquetValueType.String, Nullable: false),
        new(ScoreColumns.PatientId, ParquetValueType.String, Nullable: false),
        new(ScoreColumns.StartAt, ParquetValueType.Timestamp, Nullable: false),
        new(ScoreColumns.Site, ParquetValueType.String, Nullable: true),
        new(ScoreColumns.Department, ParquetValueType.String, Nullable: true),
        new(ScoreColumns.NoShowProbability, ParquetValueType.Double, Nullable: false),
        new(ScoreColumns.RiskBand, ParquetValueType.String, Nullable: false),
        new(ScoreColumns.Flagged, ParquetValueType.Boolean, Nullable: false),
        new(ScoreColumns.Action, ParquetValueType.String, Nullable: true),
        .. Enumerable.Range(1, ReasonPicker.Count).SelectMany(k => new ParquetColumnSpec[]
        {
            new(ScoreColumns.Reason(k), ParquetValueType.String, Nullable: true),
            new(ScoreColumns.Contribution(k), ParquetValueType.Double, Nullable: true),
        }),
        new(ScoreColumns.ModelVersion, ParquetValueType.String, Nullable: false),
    ];

    private readonly ParquetFileWriter writer;
    private readonly string modelVersion;
    private ParquetBatch? buffer;

    public ScoresWriter(string path, string modelVersion, IReadOnlyDictionary<string, string> metadata)
    {
        this.modelVersion = modelVersion;
        writer = new ParquetFileWriter(path, Columns, new ParquetWriterOptions { KeyValueMetadata = metadata });
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>
    /// Appends rows; every span holds one value per row, the reasons <see cref="ReasonPicker.Count"/> per row
    /// (a null text: no such reason).
    /// </summary>
    public void Write(in ScoreRows rows)
    {
        var n = rows.AppointmentIds.Length;
        if (buffer is null || buffer.Capacity < n)
        {
            buffer = writer.CreateBatch(Math.Max(n, 4096));
        }

        buffer.Clear();
        rows.AppointmentIds.CopyTo(buffer.Values<string?>(AppointmentId));
        rows.PatientIds.CopyTo(buffer.Values<string?>(PatientId));
        rows.Starts.CopyTo(buffer.Values<long>(StartAt));
        CopyNullable(rows.Sites, Site);
        CopyNullable(rows.Departments, Department);
        var probability = buffer.Values<double>(Probability);
        var band = buffer.Values<string?>(Band);
        var flagged = buffer.Values<bool>(Flagged);
        var action = buffer.Values<string?>(Action);
        var actionNulls = buffer.Nulls(Action);
        var version = buffer.Values<string?>(ModelVersion);
        for (var i = 0; i < n; i++)
        {
            probability[i] = rows.Probabilities[i];
            band[i] = FlagNames.Of(rows.Bands[i]);
            flagged[i] = rows.Actions[i] != BookingAction.None;
            action[i] = FlagNames.Of(rows.Actions[i]);
            actionNulls[i] = rows.Actions[i] == BookingAction.None;
            version[i] = modelVersion;
        }

        for (var k = 0; k < ReasonPicker.Count; k++)
        {
            var texts = buffer.Values<string?>(FirstReason + (2 * k));
            var textNulls = buffer.Nulls(FirstReason + (2 * k));
            var contributions = buffer.Values<double>(FirstReason + (2 * k) + 1);
            var contributionNulls = buffer.Nulls(FirstReason + (2 * k) + 1);
            for (var i = 0; i < n; i++)
            {
                var text = rows.ReasonTexts[(i * ReasonPicker.Count) + k];
                texts[i] = text;
                textNulls[i] = text is null;
                contributions[i] = text is null ? 0 : rows.ReasonContributions[(i * ReasonPicker.Count) + k];
                contributionNulls[i] = text is null;
            }
        }

        buffer.Count = n;
        writer.Write(buffer);
        Rows += n;
    }

    /// <summary>Writes the footer and moves the file into place.</summary>
    public void Complete() => writer.Complete();

    /// <summary>Without <see cref="Complete"/>: deletes the temporary file.</summary>
    public void Dispose() => writer.Dispose();

    private void CopyNullable(ReadOnlySpan<string?> values, int column)
    {
        values.CopyTo(buffer!.Values<string?>(column));
        var nulls = buffer.Nulls(column);
        for (var i = 0; i < values.Length; i++)
        {
            nulls[i] = values[i] is null;
        }
    }
}
