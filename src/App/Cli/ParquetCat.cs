using System.Text;
using Attendance.App.Files;
using Attendance.Parquet;

namespace Attendance.App.Cli;

/// <summary>
/// <c>attendance parquet cat</c> as CSV (RFC 4180): a header, one line per row, row group by row group
/// so memory stays bounded. Null is an empty field, an empty string is <c>""</c>.
/// </summary>
internal static class ParquetCat
{
    private const int FlushChars = 1 << 16;

    public static void WriteCsv(ParquetFileReader reader, IReadOnlyList<string>? names, long limit, TextWriter output)
    {
        var columns = Select(reader, names).Select(ParquetCsvColumn.For).ToList();
        output.WriteLine(string.Join(',', columns.Select(c => CsvField.Quote(c.Name))));

        // Console.Out flushes on every write: hand it large blocks, not single fields.
        var text = new StringBuilder(FlushChars + 4096);
        var written = 0L;
        for (var rowGroup = 0; rowGroup < reader.RowGroupCount && written < limit; rowGroup++)
        {
            var rows = (int)Math.Min(reader.GetRowGroupRowCount(rowGroup), limit - written);
            try
            {
                foreach (var column in columns)
                {
                    column.Load(reader, rowGroup);
                }
            }
            catch (Exception e) when (e is ParquetFormatException or NotSupportedException)
            {
                throw new UserFacingException(ParquetCommand.Located(reader.Path, e.Message), e);
            }

            for (var row = 0; row < rows; row++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    if (c > 0)
                    {
                        text.Append(',');
                    }
                    var value = columns[c].Format(row);
                    if (value is not null)
                    {
                        text.Append(value.Length == 0 ? "\"\"" : CsvField.Quote(value));
                    }
                }
                text.Append(output.NewLine);
                if (text.Length >= FlushChars)
                {
                    output.Write(text);
                    text.Clear();
                }
            }
            written += rows;
        }
        output.Write(text);
    }

    private static IEnumerable<ParquetColumn> Select(ParquetFileReader reader, IReadOnlyList<string>? names)
    {
        if (names is null or { Count: 0 })
        {
            // Nested columns cannot be printed flat: skip them unless asked for by name.
            return reader.Schema.Columns.Where(c => !c.IsNested);
        }
        return names.Select(name =>
        {
            var column = reader.Schema.Find(name) ?? throw new UserFacingException(
                $"{reader.Path}: no column '{name}' (columns: {string.Join(", ", reader.Schema.Columns.Select(c => c.Name))})");
            return column.IsNested ? throw new UserFacingException($"{reader.Path}: not supported: column {name} (nested)") : column;
        }).ToList();
    }
}
