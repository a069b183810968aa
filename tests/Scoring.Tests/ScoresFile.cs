using Attendance.Parquet;
using Attendance.Scoring.Output;

namespace Attendance.Scoring.Tests;

/// <summary>A scores file read back with our Parquet reader, one row record per booking.</summary>
public sealed record ScoreRow(
    string AppointmentId, string PatientId, long StartAt, string? Site, string? Department, double Probability, string RiskBand, bool Flagged,
    string? Action, string?[] Reasons, double?[] Contributions, string ModelVersion)
{
    public static IReadOnlyList<ScoreRow> Read(string path)
    {
        using var file = ParquetFileReader.Open(path);
        var rows = new List<ScoreRow>();
        for (var g = 0; g < file.RowGroupCount; g++)
        {
            var n = (int)file.GetRowGroupRowCount(g);
            var ids = file.ReadColumn<string?>(g, ScoreColumns.AppointmentId);
            var patients = file.ReadColumn<string?>(g, ScoreColumns.PatientId);
            var starts = file.ReadColumn<long>(g, ScoreColumns.StartAt);
            var sites = file.ReadColumn<string?>(g, ScoreColumns.Site);
            var departments = file.ReadColumn<string?>(g, ScoreColumns.Department);
            var probabilities = file.ReadColumn<double>(g, ScoreColumns.NoShowProbability);
            var bands = file.ReadColumn<string?>(g, ScoreColumns.RiskBand);
            var flagged = file.ReadColumn<bool>(g, ScoreColumns.Flagged);
            var actions = file.ReadColumn<string?>(g, ScoreColumns.Action);
            var reasons = Enumerable.Range(1, 3).Select(k => file.ReadColumn<string?>(g, ScoreColumns.Reason(k))).ToArray();
            var contributions = Enumerable.Range(1, 3).Select(k => file.ReadColumn<double>(g, ScoreColumns.Contribution(k))).ToArray();
            var versions = file.ReadColumn<string?>(g, ScoreColumns.ModelVersion);
            for (var i = 0; i < n; i++)
            {
                rows.Add(new ScoreRow(
                    ids.Values[i]!, patients.Values[i]!, starts.Values[i], sites.IsNull(i) ? null : sites.Values[i], departments.IsNull(i) ? null : departments.Values[i],
                    probabilities.Values[i], bands.Values[i]!, flagged.Values[i], actions.IsNull(i) ? null : actions.Values[i],
                    [.. reasons.Select(r => r.IsNull(i) ? null : r.Values[i])],
                    [.. contributions.Select(c => c.IsNull(i) ? (double?)null : c.Values[i])],
                    versions.Values[i]!));
            }
        }

        return rows;
    }
}
