using Attendance.Data.Contract;
using Attendance.Parquet;
using Attendance.Scoring.Output;

namespace Attendance.App.Risk;

/// <summary>
/// Reads the flagged rows of a scores file (the scorer's output, columns in src/Scoring/README.md),
/// row group by row group; unflagged rows are skipped after reading only their <c>flagged</c> value's
/// row group. Messages name the file, column and (for values) row.
/// </summary>
internal static class FlaggedScoresFile
{
    private static readonly string[] Required =
    [
        ScoreColumns.AppointmentId, ScoreColumns.PatientId, ScoreColumns.StartAt, ScoreColumns.Site, ScoreColumns.Department,
        ScoreColumns.NoShowProbability, ScoreColumns.RiskBand, ScoreColumns.Flagged, ScoreColumns.Action, ScoreColumns.ModelVersion,
        .. Enumerable.Range(1, ReasonCount).SelectMany(k => new[] { ScoreColumns.Reason(k), ScoreColumns.Contribution(k) }),
    ];

    /// <summary>Reasons per row in the file (reason_1..3).</summary>
    public const int ReasonCount = 3;

    /// <param name="path">The scores file.</param>
    /// <param name="runDate">The scored day the rows belong to.</param>
    /// <param name="language">The language the file's reason texts are in (<c>"da"</c> or <c>"en"</c>: the scoring run's).</param>
    /// <exception cref="InvalidDataException">The file is unreadable, lacks a column or holds a null where a flagged row needs a value.</exception>
    public static List<FlaggedBooking> Read(string path, DateOnly runDate, string language)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(language);
        var rows = new List<FlaggedBooking>();
        try
        {
            using var reader = ParquetFileReader.Open(path);
            if (Required.FirstOrDefault(column => reader.Schema.Find(column) is null) is { } missing)
            {
                throw new InvalidDataException($"{path}, column {missing}: missing (not a scores file?)");
            }
            var columns = new Columns();
            long firstRow = 0;
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                reader.ReadColumn(group, ScoreColumns.Flagged, columns.Flagged);
                if (columns.Flagged.Span.Contains(true))
                {
                    columns.ReadRest(reader, group);
                    for (var i = 0; i < columns.Flagged.Count; i++)
                    {
                        if (columns.Flagged.Values[i])
                        {
                            rows.Add(columns.Row(i, path, firstRow + i + 1, runDate, language));
                        }
                    }
                }
                firstRow += columns.Flagged.Count;
            }
        }
        catch (Exception e) when (e is ParquetFormatException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"{path}: not a readable scores file: {e.Message}", e);
        }
        return rows;
    }

    /// <summary>The columns of one row group, buffers reused across row groups.</summary>
    private sealed class Columns
    {
        public ColumnData<bool> Flagged { get; } = new();
        private readonly ColumnData<string?> ids = new(), patients = new(), sites = new(), departments = new(), bands = new(), actions = new(), versions = new();
        private readonly ColumnData<long> starts = new();
        private readonly ColumnData<double> probabilities = new();
        private readonly ColumnData<string?>[] reasons = [.. Enumerable.Range(0, ReasonCount).Select(_ => new ColumnData<string?>())];
        private readonly ColumnData<double>[] contributions = [.. Enumerable.Range(0, ReasonCount).Select(_ => new ColumnData<double>())];

        public void ReadRest(ParquetFileReader reader, int group)
        {
            reader.ReadColumn(group, ScoreColumns.AppointmentId, ids);
            reader.ReadColumn(group, ScoreColumns.PatientId, patients);
            reader.ReadColumn(group, ScoreColumns.StartAt, starts);
            reader.ReadColumn(group, ScoreColumns.Site, sites);
            reader.ReadColumn(group, ScoreColumns.Department, departments);
            reader.ReadColumn(group, ScoreColumns.NoShowProbability, probabilities);
            reader.ReadColumn(group, ScoreColumns.RiskBand, bands);
            reader.ReadColumn(group, ScoreColumns.Action, actions);
            reader.ReadColumn(group, ScoreColumns.ModelVersion, versions);
            for (var k = 0; k < ReasonCount; k++)
            {
                reader.ReadColumn(group, ScoreColumns.Reason(k + 1), reasons[k]);
                reader.ReadColumn(group, ScoreColumns.Contribution(k + 1), contributions[k]);
            }
        }

        public FlaggedBooking Row(int i, string path, long row, DateOnly runDate, string language)
        {
            var texts = new List<RiskReason>(ReasonCount);
            for (var k = 0; k < ReasonCount; k++)
            {
                if (reasons[k].Values[i] is { } text)
                {
                    texts.Add(new RiskReason(new Dictionary<string, string>(StringComparer.Ordinal) { [language] = text },
                        contributions[k].IsNull(i) ? null : contributions[k].Values[i]));
                }
            }
            return new FlaggedBooking(
                runDate,
                Required(ids, ScoreColumns.AppointmentId),
                Required(patients, ScoreColumns.PatientId),
                UtcMicros.ToInstant(starts.Values[i]),
                sites.Values[i],
                departments.Values[i],
                probabilities.Values[i],
                Required(bands, ScoreColumns.RiskBand),
                actions.Values[i],
                texts,
                Required(versions, ScoreColumns.ModelVersion));

            string Required(ColumnData<string?> column, string name) =>
                column.Values[i] ?? throw new InvalidDataException($"{path}, column {name}, row {row}: null in a flagged row");
        }
    }
}
