using Attendance.Parquet;

namespace Attendance.Scheduler.Inputs;

/// <summary>
/// Reads the scorer's output (Parquet: <c>appointment_id</c> string, <c>no_show_probability</c> double; other
/// columns ignored) into a <see cref="ScoreTable"/>. Messages name file, column and (for values) row.
/// </summary>
public static class ScoresFile
{
    /// <exception cref="ScheduleInputException">The file is unreadable, lacks a column, or holds a null id or a probability outside [0, 1].</exception>
    public static ScoreTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            using var reader = ParquetFileReader.Open(path);
            foreach (var column in new[] { "appointment_id", "no_show_probability" })
            {
                if (reader.Schema.Find(column) is null)
                {
                    throw new ScheduleInputException($"{path}, column {column}: missing (a scores file needs appointment_id and no_show_probability)");
                }
            }

            var ids = new ColumnData<string?>();
            var probabilities = new ColumnData<double>();
            long firstRow = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                reader.ReadColumn(g, "appointment_id", ids);
                reader.ReadColumn(g, "no_show_probability", probabilities);
                for (var i = 0; i < ids.Count; i++)
                {
                    var row = firstRow + i + 1;
                    var id = ids.Values[i] ?? throw new ScheduleInputException($"{path}, column appointment_id, row {row}: null");
                    var p = probabilities.Values[i];
                    if (probabilities.IsNull(i) || !(p is >= 0 and <= 1))
                    {
                        throw new ScheduleInputException($"{path}, column no_show_probability, row {row}: not a probability in [0, 1]");
                    }

                    scores[id] = p;
                }

                firstRow += ids.Count;
            }
        }
        catch (Exception e) when (e is ParquetFormatException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScheduleInputException($"{path}: not a readable scores file: {e.Message}", e);
        }

        return new ScoreTable(scores);
    }
}
