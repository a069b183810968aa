using System.CommandLine;
using Attendance.Parquet;

namespace Attendance.App.Cli;

/// <summary><c>attendance parquet inspect|cat FILE</c>: look into any Parquet file (ours, DuckDB's, the extracts).</summary>
internal static class ParquetCommand
{
    public static Command Create()
    {
        var command = new Command("parquet", "Inspect a Parquet file or print its rows.");
        command.Subcommands.Add(CreateInspect());
        command.Subcommands.Add(CreateCat());
        return command;
    }

    private static Command CreateInspect()
    {
        var file = FileArgument();
        var json = new Option<bool>("--json") { Description = "Print one JSON object (num_rows, columns, row_groups, key_value_metadata)." };
        var command = new Command("inspect", "Show the schema, row groups, codecs, encodings and statistics of a Parquet file.") { file, json };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            using var reader = Open(path);
            if (parseResult.GetValue(json))
            {
                ParquetInspect.WriteJson(reader, Console.Out);
            }
            else
            {
                ParquetInspect.WriteText(reader, Console.Out);
            }
            return 0;
        });
        return command;
    }

    private static Command CreateCat()
    {
        var file = FileArgument();
        var columns = new Option<string?>("--columns") { Description = "Comma-separated column names to print, in this order (default: every flat column)." };
        var limit = new Option<long?>("--limit") { Description = "Print at most this many rows." };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is < 0)
            {
                result.AddError("--limit must be zero or more");
            }
        });
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var command = new Command("cat", "Print a Parquet file's rows as CSV (header, null as an empty field, timestamps ISO-8601 UTC).")
        {
            file, columns, limit, format,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            using var reader = Open(path);
            var names = parseResult.GetValue(columns)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            ParquetCat.WriteCsv(reader, names, parseResult.GetValue(limit) ?? long.MaxValue, Console.Out);
            return 0;
        });
        return command;
    }

    private static Argument<FileInfo> FileArgument() => new("file") { Description = "The Parquet file." };

    /// <summary>Opens <paramref name="path"/>, turning the ways a user's file can be wrong into one-line errors.</summary>
    private static ParquetFileReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserFacingException($"{path}: no such file");
        }
        try
        {
            return ParquetFileReader.Open(path);
        }
        catch (ParquetFormatException e)
        {
            throw new UserFacingException(Located(path, e.Message), e);
        }
        catch (IOException e)
        {
            throw new UserFacingException($"{path}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserFacingException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Prefixes the file unless the message already names it.</summary>
    internal static string Located(string path, string message) =>
        message.Contains(path, StringComparison.Ordinal) ? message : $"{path}: {message}";
}
